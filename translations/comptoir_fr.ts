<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AccountSession</name>
        <message>
            <source>The portal asks for a two-step code for %1: the saved password alone is not enough to sign in again. Sign in with the code from your authenticator app.</source>
            <translation>Le portail demande un code de vérification pour %1 : le mot de passe enregistré ne suffit pas à lui seul pour se reconnecter. Connectez-vous avec le code de votre application d’authentification.</translation>
        </message>
        <message>
            <source>The portal no longer accepts the password saved for %1, so Comptoir removed it from the keychain. Sign in again with the current password.</source>
            <translation>Le portail n’accepte plus le mot de passe enregistré pour %1 ; Comptoir l’a donc supprimé du trousseau. Reconnectez-vous avec le mot de passe actuel.</translation>
        </message>
        <message>
            <source>Signed in, but this sign-in could not be remembered: %1</source>
            <translation>Connecté, mais cette connexion n’a pas pu être mémorisée : %1</translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with the password, and tick “Remember me” to keep the sign-in.</source>
            <translation>Aucune connexion enregistrée pour %1 sur %2. Connectez-vous avec le mot de passe et cochez « Se souvenir de moi » pour conserver la connexion.</translation>
        </message>
        <message>
            <source>The saved sign-in for %1 has expired. Sign in again with the password.</source>
            <translation>La connexion enregistrée pour %1 a expiré. Reconnectez-vous avec le mot de passe.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again with the password.</source>
            <translation>Votre session sur le portail a pris fin. Reconnectez-vous avec le mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Entry %1 is missing: the journal was cut.</source>
            <translation>L’entrée %1 est manquante : le journal a été tronqué.</translation>
        </message>
        <message>
            <source>Entry %1 does not follow entry %2: an entry was removed, inserted or changed before it.</source>
            <translation>L’entrée %1 ne suit pas l’entrée %2 : une entrée a été supprimée, insérée ou modifiée avant elle.</translation>
        </message>
        <message>
            <source>Entry %1 was changed after it was written.</source>
            <translation>L’entrée %1 a été modifiée après son enregistrement.</translation>
        </message>
    </context>
    <context>
        <name>CacheDatabase</name>
        <message>
            <source>The cache file %1 cannot be read. Check that it exists and that you may open it.</source>
            <translation>Impossible de lire le fichier de cache %1. Vérifiez qu’il existe et que vous avez le droit de l’ouvrir.</translation>
        </message>
        <message>
            <source>The file %1 is not a Comptoir cache or it is damaged. It was left untouched; choose another file, or sign in again to build a new cache.</source>
            <translation>Le fichier %1 n’est pas un cache Comptoir ou il est endommagé. Il n’a pas été modifié ; choisissez un autre fichier ou reconnectez-vous pour créer un nouveau cache.</translation>
        </message>
        <message>
            <source>The cache %1 is damaged and cannot be used (%2). It was left untouched; sign in again to build a new cache.</source>
            <translation>Le cache %1 est endommagé et inutilisable (%2). Il n’a pas été modifié ; reconnectez-vous pour créer un nouveau cache.</translation>
        </message>
        <message>
            <source>The file %1 is a database, but not a Comptoir cache. It was left untouched.</source>
            <translation>Le fichier %1 est une base de données, mais pas un cache Comptoir. Il n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The cache %1 was written by a newer version of Comptoir (cache version %2, this version reads up to %3). Update Comptoir to open it; the file was left untouched.</source>
            <translation>Le cache %1 a été écrit par une version plus récente de Comptoir (version de cache %2, cette version lit jusqu’à la version %3). Mettez Comptoir à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The cache %1 belongs to %2 on %3, not to %4. Each account has its own cache.</source>
            <translation>Le cache %1 appartient à %2 sur %3, et non à %4. Chaque compte a son propre cache.</translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first to create it.</source>
            <translation>Le cache %1 n’existe pas. Synchronisez d’abord pour le créer.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>The cache %1 cannot be opened: %2</source>
            <translation>Impossible d’ouvrir le cache %1 : %2</translation>
        </message>
        <message>
            <source>The cache %1 must be upgraded before it can be read; open it once in Comptoir.</source>
            <translation>Le cache %1 doit être mis à niveau avant de pouvoir être lu ; ouvrez-le une fois dans Comptoir.</translation>
        </message>
        <message>
            <source>Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.</source>
            <translation>Comptoir est incomplet : la migration de cache %1 est manquante. Réinstallez Comptoir.</translation>
        </message>
        <message>
            <source>The cache could not be upgraded to version %1: %2</source>
            <translation>Le cache n’a pas pu être mis à niveau vers la version %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message numerus="yes">
            <source>The system keychain did not answer within %n second(s). Make sure it is running and unlocked, then try again.</source>
            <translation>
                <numerusform>Le trousseau du système n’a pas répondu dans un délai de %n seconde. Vérifiez qu’il est lancé et déverrouillé, puis réessayez.</numerusform>
                <numerusform>Le trousseau du système n’a pas répondu dans un délai de %n secondes. Vérifiez qu’il est lancé et déverrouillé, puis réessayez.</numerusform>
            </translation>
        </message>
        <message>
            <source>no details given</source>
            <translation>aucun détail fourni</translation>
        </message>
        <message>
            <source>Access to the system keychain was declined, so Comptoir cannot remember this sign-in. Allow access when the keychain asks, or sign in without "Remember me".</source>
            <translation>L’accès au trousseau du système a été refusé ; Comptoir ne peut donc pas mémoriser cette connexion. Autorisez l’accès lorsque le trousseau le demande, ou connectez-vous sans « Se souvenir de moi ».</translation>
        </message>
        <message>
            <source>The system keychain is locked or refused access: %1. Unlock it, then try again.</source>
            <translation>Le trousseau du système est verrouillé ou a refusé l’accès : %1. Déverrouillez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The saved sign-in could not be removed from the system keychain: %1. Remove it with your keychain manager, or try again.</source>
            <translation>La connexion enregistrée n’a pas pu être supprimée du trousseau du système : %1. Supprimez-la avec le gestionnaire de votre trousseau, ou réessayez.</translation>
        </message>
        <message>
            <source>The system keychain is locked or not available: %1. On Linux Comptoir needs a Secret Service such as GNOME Keyring or KWallet; start or unlock it, then try again.</source>
            <translation>Le trousseau du système est verrouillé ou indisponible : %1. Sous Linux, Comptoir a besoin d’un service de secrets (Secret Service) tel que GNOME Keyring ou KWallet ; lancez-le ou déverrouillez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The sign-in remembered for %1 in the system keychain cannot be read. Sign in again to replace it.</source>
            <translation>La connexion mémorisée pour %1 dans le trousseau du système est illisible. Reconnectez-vous pour la remplacer.</translation>
        </message>
    </context>
    <context>
        <name>DataFolders</name>
        <message>
            <source>Copies of your portal data (caches)</source>
            <translation>Copies des données de votre portail (caches)</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Check that your user account may write there.</source>
            <translation>Impossible de créer le dossier %1. Vérifiez que votre compte d’utilisateur peut y écrire.</translation>
        </message>
        <message>
            <source>No file manager could be opened on %1. Open that folder yourself.</source>
            <translation>Aucun gestionnaire de fichiers n’a pu être ouvert sur %1. Ouvrez ce dossier vous-même.</translation>
        </message>
    </context>
    <context>
        <name>DatePreset</name>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Semaine dernière</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mois dernier</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Période personnalisée</translation>
        </message>
    </context>
    <context>
        <name>DayCloseReport</name>
        <message>
            <source>Day close %1 — %2</source>
            <translation>Clôture de journée %1 — %2</translation>
        </message>
        <message>
            <source>No transactions in this period.</source>
            <translation>Aucune transaction pendant cette période.</translation>
        </message>
        <message>
            <source>Day close %1</source>
            <translation>Clôture de journée %1</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Généré le %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>TVA %1</translation>
        </message>
        <message>
            <source>Serial number %1</source>
            <translation>Numéro de série %1</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Commerçant</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>encore ouverte</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Times are local time (%1).</source>
            <translation>Heures locales (%1).</translation>
        </message>
        <message>
            <source>This period is still open: its figures can still change.</source>
            <translation>Cette période est encore ouverte : ses chiffres peuvent encore changer.</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Chiffre d’affaires net</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Turnover per payment method</source>
            <translation>Chiffre d’affaires par moyen de paiement</translation>
        </message>
        <message>
            <source>Not in the turnover</source>
            <translation>Hors chiffre d’affaires</translation>
        </message>
        <message>
            <source>Statuses set by hand (%1)</source>
            <translation>Statuts définis manuellement (%1)</translation>
        </message>
        <message>
            <source>No status was set by hand in this period.</source>
            <translation>Aucun statut n’a été défini manuellement pendant cette période.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Method</source>
            <extracomment>Column header: the payment method, where there is little room.</extracomment>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Défini par</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Défini à</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>The connection between the till and the terminal was lost during these payments, so their outcome is unknown. Choose a status for each of them in Comptoir (Transactions). Until then they are not in the turnover.</source>
            <translation>La connexion entre la caisse et le terminal a été perdue pendant ces paiements ; leur résultat est donc inconnu. Choisissez un statut pour chacun d’eux dans Comptoir (Transactions). D’ici là, ils ne comptent pas dans le chiffre d’affaires.</translation>
        </message>
        <message>
            <source>Waiting for your decision (%1)</source>
            <translation>En attente de votre décision (%1)</translation>
        </message>
        <message>
            <source>Transactions whose status was set by hand on the terminal, because the payment was not processed correctly. They count in the turnover when set to success.</source>
            <translation>Transactions dont le statut a été défini manuellement sur le terminal, parce que le paiement n’a pas été traité correctement. Elles comptent dans le chiffre d’affaires lorsqu’elles sont définies comme réussies.</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (suite)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Made by Comptoir from its own copy of the portal's data, not the portal's report.</source>
            <translation>Établi par Comptoir à partir de sa propre copie des données du portail, et non le rapport du portail.</translation>
        </message>
    </context>
    <context>
        <name>ExportProfileRepository</name>
        <message>
            <source>Give the profile a name.</source>
            <translation>Donnez un nom au profil.</translation>
        </message>
        <message>
            <source>The separator and the decimal mark are one character each.</source>
            <translation>Le séparateur et le signe décimal comptent chacun un seul caractère.</translation>
        </message>
        <message>
            <source>There is already a profile called “%1”.</source>
            <translation>Il existe déjà un profil nommé « %1 ».</translation>
        </message>
        <message>
            <source>Another export of this profile was made in the meantime, so this one was not kept. Export again: it will hold only what the other one did not.</source>
            <translation>Un autre export de ce profil a été fait entre-temps, celui-ci n’a donc pas été conservé. Exportez à nouveau : il ne contiendra que ce que l’autre ne contenait pas.</translation>
        </message>
    </context>
    <context>
        <name>HourlyRollup</name>
        <message>
            <source>A total in the cache no longer fits in 64 bits. Sync again to rebuild the cache.</source>
            <translation>Un total du cache ne tient plus sur 64 bits. Synchronisez à nouveau pour reconstruire le cache.</translation>
        </message>
        <message>
            <source>The cache's hourly totals for %1 at location %2 are damaged. Rebuild the totals to repair them.</source>
            <translation>Les totaux par heure du cache pour le %1 à l’emplacement %2 sont endommagés. Reconstruisez les totaux pour les réparer.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
    </context>
    <context>
        <name>LocalEdits</name>
        <message>
            <source>The logo is larger than 256 KiB. Use a smaller black-and-white image.</source>
            <translation>Le logo dépasse 256 Kio. Utilisez une image en noir et blanc plus petite.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync and try again.</source>
            <translation>Le ticket de cet emplacement ne figure pas encore dans le cache. Synchronisez et réessayez.</translation>
        </message>
        <message>
            <source>A receipt has at most %1 header lines and %1 footer lines in each language.</source>
            <translation>Un ticket comporte au maximum %1 lignes d’en-tête et %1 lignes de pied de page par langue.</translation>
        </message>
        <message>
            <source>The line “%1” is longer than the %2 characters a line of this receipt can hold.</source>
            <translation>La ligne « %1 » dépasse les %2 caractères que peut contenir une ligne de ce ticket.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>Les terminaux de cet emplacement sont des terminaux Verifone : c’est le support de CCV qui modifie leurs tickets.</translation>
        </message>
    </context>
    <context>
        <name>LocationRepository</name>
        <message>
            <source>A location needs a name.</source>
            <translation>Un emplacement doit avoir un nom.</translation>
        </message>
        <message>
            <source>A location name can be at most 80 characters long.</source>
            <translation>Le nom d’un emplacement ne peut pas dépasser 80 caractères.</translation>
        </message>
        <message>
            <source>This location is no longer in the cache. Sync and try again.</source>
            <translation>Cet emplacement ne figure plus dans le cache. Synchronisez et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>LogoImport</name>
        <message>
            <source>This SVG file declares XML entities, which Comptoir does not read for safety. Export it again as plain SVG.</source>
            <translation>Ce fichier SVG déclare des entités XML, que Comptoir ne lit pas par sécurité. Exportez-le à nouveau en SVG simple.</translation>
        </message>
        <message>
            <source>This SVG file cannot be read: it is damaged or incomplete.</source>
            <translation>Impossible de lire ce fichier SVG : il est endommagé ou incomplet.</translation>
        </message>
        <message>
            <source>This SVG image has no size. Give it a width and a height, or a viewBox.</source>
            <translation>Cette image SVG n’a pas de dimensions. Donnez-lui une largeur et une hauteur, ou une viewBox.</translation>
        </message>
        <message>
            <source>The file %1 cannot be found.</source>
            <translation>Le fichier %1 est introuvable.</translation>
        </message>
        <message>
            <source>The file is empty: it holds no image.</source>
            <translation>Le fichier est vide : il ne contient aucune image.</translation>
        </message>
        <message>
            <source>The file is %1 MB: a logo file may be at most %2 MB. Save the image smaller, for example at 1000 pixels wide.</source>
            <translation>Le fichier fait %1 Mo : un fichier de logo ne peut pas dépasser %2 Mo. Enregistrez l’image en plus petit, par exemple à 1000 pixels de large.</translation>
        </message>
        <message>
            <source>The file %1 cannot be opened. Check that you may read it.</source>
            <translation>Impossible d’ouvrir le fichier %1. Vérifiez que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>This is a compressed file (for example an SVGZ image). Comptoir takes logos in PNG, JPEG, BMP or plain SVG.</source>
            <translation>Ce fichier est compressé (par exemple une image SVGZ). Comptoir accepte les logos en PNG, JPEG, BMP ou SVG simple.</translation>
        </message>
        <message>
            <source>This is a %1 file. Comptoir takes logos in PNG, JPEG, BMP or SVG: save the image in one of those.</source>
            <translation>Ce fichier est au format %1. Comptoir accepte les logos en PNG, JPEG, BMP ou SVG : enregistrez l’image dans l’un de ces formats.</translation>
        </message>
        <message>
            <source>This file is not an image. Choose a logo in PNG, JPEG, BMP or SVG.</source>
            <translation>Ce fichier n’est pas une image. Choisissez un logo en PNG, JPEG, BMP ou SVG.</translation>
        </message>
        <message>
            <source>This image cannot be read: it is damaged or incomplete.</source>
            <translation>Impossible de lire cette image : elle est endommagée ou incomplète.</translation>
        </message>
        <message>
            <source>This image is %1 × %2 pixels: far too large for a logo. Save it at most %3 pixels on its longest side.</source>
            <translation>Cette image fait %1 × %2 pixels : bien trop grande pour un logo. Enregistrez-la avec au maximum %3 pixels sur son plus grand côté.</translation>
        </message>
        <message>
            <source>This image is incomplete: the file was cut short. Copy or download it again.</source>
            <translation>Cette image est incomplète : le fichier a été tronqué. Copiez-le ou téléchargez-le à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Clôtures de journée</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminaux</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>Type an amount, like %1.</source>
            <translation>Saisissez un montant, par exemple %1.</translation>
        </message>
        <message>
            <source>Amounts in %1 have no decimals.</source>
            <translation>Les montants en %1 n’ont pas de décimales.</translation>
        </message>
        <message>
            <source>Amounts in %1 have at most %2 decimals.</source>
            <translation>Les montants en %1 ont au maximum %2 décimales.</translation>
        </message>
        <message>
            <source>“%1” is too large an amount.</source>
            <translation>« %1 » est un montant trop élevé.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type an amount like %2.</source>
            <translation>« %1 » n’est pas un montant. Saisissez un montant, par exemple %2.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Rename location “%1” to “%2”</source>
            <translation>Renommer l’emplacement « %1 » en « %2 »</translation>
        </message>
        <message>
            <source>Rename terminal “%1” to “%2”</source>
            <translation>Renommer le terminal « %1 » en « %2 »</translation>
        </message>
        <message>
            <source>Move terminal “%1” to “%2”</source>
            <translation>Déplacer le terminal « %1 » vers « %2 »</translation>
        </message>
        <message>
            <source>Deactivate terminal “%1”</source>
            <translation>Désactiver le terminal « %1 »</translation>
        </message>
        <message>
            <source>Set the status of transaction %1 to “%2”</source>
            <translation>Définir le statut de la transaction %1 sur « %2 »</translation>
        </message>
        <message>
            <source>Save the receipt of “%1”</source>
            <translation>Enregistrer le ticket de « %1 »</translation>
        </message>
    </context>
    <context>
        <name>OutboxPusher</name>
        <message>
            <source>Your user groups on the portal do not allow this change. Ask your administrator.</source>
            <translation>Vos groupes d’utilisateurs sur le portail n’autorisent pas cette modification. Adressez-vous à votre administrateur.</translation>
        </message>
        <message>
            <source>The portal no longer has this, or you may no longer see it.</source>
            <translation>Cet élément n’existe plus sur le portail, ou vous n’avez plus le droit de le voir.</translation>
        </message>
        <message>
            <source>Another active terminal already has this name. Deactivate that terminal first if this one replaces it.</source>
            <translation>Un autre terminal actif porte déjà ce nom. Désactivez d’abord cet autre terminal si celui-ci le remplace.</translation>
        </message>
        <message>
            <source>The terminal was deactivated on the portal, so it can no longer be renamed.</source>
            <translation>Le terminal a été désactivé sur le portail ; il ne peut donc plus être renommé.</translation>
        </message>
        <message>
            <source>The terminal was already deactivated on the portal.</source>
            <translation>Le terminal était déjà désactivé sur le portail.</translation>
        </message>
        <message>
            <source>The transaction no longer waits for a manual intervention: its status was settled on the portal.</source>
            <translation>La transaction n’est plus en attente d’une intervention manuelle : son statut a déjà été fixé sur le portail.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>Les terminaux de cet emplacement sont des terminaux Verifone : c’est le support de CCV qui modifie leurs tickets.</translation>
        </message>
        <message>
            <source>The portal does not accept this name: it is empty or too long.</source>
            <translation>Le portail n’accepte pas ce nom : il est vide ou trop long.</translation>
        </message>
        <message>
            <source>The portal does not know the location the terminal was moved to.</source>
            <translation>Le portail ne connaît pas l’emplacement vers lequel le terminal a été déplacé.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: too many lines, a line too long, or a logo it cannot print.</source>
            <translation>Le portail n’accepte pas ce ticket : trop de lignes, une ligne trop longue ou un logo qu’il ne peut pas imprimer.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Quelqu’un a modifié cet élément sur le portail après votre modification.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: a line has a character the terminals cannot print.</source>
            <translation>Le portail n’accepte pas ce ticket : une ligne contient un caractère que les terminaux ne peuvent pas imprimer.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPolicy</name>
        <message numerus="yes">
            <source>The password must be at least %n characters long.</source>
            <translation>
                <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
                <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>The password must contain an upper-case letter.</source>
            <translation>Le mot de passe doit contenir une majuscule.</translation>
        </message>
        <message>
            <source>The password must contain a lower-case letter.</source>
            <translation>Le mot de passe doit contenir une minuscule.</translation>
        </message>
        <message>
            <source>The password must contain a digit.</source>
            <translation>Le mot de passe doit contenir un chiffre.</translation>
        </message>
        <message>
            <source>The password must contain one of these special characters: %1</source>
            <translation>Le mot de passe doit contenir l’un de ces caractères spéciaux : %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethod</name>
        <message>
            <source>Bancontact</source>
            <translation>Bancontact</translation>
        </message>
        <message>
            <source>Maestro</source>
            <translation>Maestro</translation>
        </message>
        <message>
            <source>V PAY</source>
            <translation>V PAY</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Mastercard</source>
            <translation>Mastercard</translation>
        </message>
        <message>
            <source>American Express</source>
            <translation>American Express</translation>
        </message>
        <message>
            <source>Payconiq</source>
            <translation>Payconiq</translation>
        </message>
        <message>
            <source>Meal voucher</source>
            <translation>Chèque-repas</translation>
        </message>
        <message>
            <source>Eco voucher</source>
            <translation>Écochèque</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Carte cadeau</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>PeriodReports</name>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>Cette clôture de journée ne figure pas dans le cache. Synchronisez et réessayez.</translation>
        </message>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>Cette période est encore ouverte : son rapport de clôture de journée n’existera qu’une fois la journée clôturée par le terminal.</translation>
        </message>
        <message>
            <source>This day-close report has not been downloaded yet, and Comptoir is offline. It is fetched the first time you open it while online.</source>
            <translation>Ce rapport de clôture de journée n’a pas encore été téléchargé, et Comptoir est hors ligne. Il sera récupéré la première fois que vous l’ouvrirez en ligne.</translation>
        </message>
        <message>
            <source>The portal has no report for this day close.</source>
            <translation>Le portail n’a aucun rapport pour cette clôture de journée.</translation>
        </message>
        <message>
            <source>The portal sent a day-close report that is not a PDF. Nothing was kept.</source>
            <translation>Le portail a envoyé un rapport de clôture de journée qui n’est pas un PDF. Rien n’a été conservé.</translation>
        </message>
    </context>
    <context>
        <name>PortalClient</name>
        <message>
            <source>The portal did not answer in time. Check the internet connection; Comptoir keeps working from its cache.</source>
            <translation>Le portail n’a pas répondu à temps. Vérifiez la connexion Internet ; Comptoir continue à fonctionner à partir de son cache.</translation>
        </message>
        <message>
            <source>The portal's security certificate cannot be trusted (%1). Comptoir did not connect. Check the portal address.</source>
            <translation>Le certificat de sécurité du portail n’est pas fiable (%1). Comptoir ne s’est pas connecté. Vérifiez l’adresse du portail.</translation>
        </message>
        <message>
            <source>No secure connection (TLS) could be set up with the portal (%1). Comptoir did not connect. Check the portal address, and whether it starts with https or http.</source>
            <translation>Impossible d’établir une connexion sécurisée (TLS) avec le portail (%1). Comptoir ne s’est pas connecté. Vérifiez l’adresse du portail, et si elle commence par https ou http.</translation>
        </message>
        <message>
            <source>The portal cannot be reached (%1). Check the internet connection and the portal address; Comptoir keeps working from its cache.</source>
            <translation>Le portail est injoignable (%1). Vérifiez la connexion Internet et l’adresse du portail ; Comptoir continue à fonctionner à partir de son cache.</translation>
        </message>
        <message>
            <source>The portal has a problem of its own (HTTP %1). Comptoir will try again.</source>
            <translation>Le portail rencontre lui-même un problème (HTTP %1). Comptoir réessaiera.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Saisissez le code à six chiffres de votre application d’authentification.</translation>
        </message>
        <message>
            <source>The code from your authenticator app is wrong or was already used. Wait for the next code and try again.</source>
            <translation>Le code de votre application d’authentification est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again.</source>
            <translation>Votre session sur le portail a pris fin. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The e-mail address or password is wrong.</source>
            <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong sign-ins: the account is blocked. Try again in %n minutes.</source>
            <translation>
                <numerusform>Trop de tentatives de connexion échouées : le compte est bloqué. Réessayez dans %n minute.</numerusform>
                <numerusform>Trop de tentatives de connexion échouées : le compte est bloqué. Réessayez dans %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your user groups on the portal do not allow this. Ask your administrator.</source>
            <translation>Vos groupes d’utilisateurs sur le portail ne l’autorisent pas. Adressez-vous à votre administrateur.</translation>
        </message>
        <message>
            <source>The portal refused the request (HTTP %1).</source>
            <translation>Le portail a refusé la demande (HTTP %1).</translation>
        </message>
        <message>
            <source>The portal refused the request: %1</source>
            <translation>Le portail a refusé la demande : %1</translation>
        </message>
        <message>
            <source>The connection to the portal broke off. Comptoir will try again.</source>
            <translation>La connexion au portail a été interrompue. Comptoir réessaiera.</translation>
        </message>
        <message>
            <source>The portal sent an answer Comptoir does not understand.</source>
            <translation>Le portail a envoyé une réponse que Comptoir ne comprend pas.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptRules</name>
        <message>
            <source>Header line %1 (%2)</source>
            <translation>Ligne d’en-tête %1 (%2)</translation>
        </message>
        <message>
            <source>Footer line %1 (%2)</source>
            <translation>Ligne de pied de page %1 (%2)</translation>
        </message>
        <message>
            <source>The header in %1 has %2 lines: at most %3 are printed.</source>
            <translation>L’en-tête en %1 compte %2 lignes : au maximum %3 sont imprimées.</translation>
        </message>
        <message>
            <source>The footer in %1 has %2 lines: at most %3 are printed.</source>
            <translation>Le pied de page en %1 compte %2 lignes : au maximum %3 sont imprimées.</translation>
        </message>
        <message>
            <source>%1 has %2 characters: a line holds %3 here.</source>
            <translation>%1 compte %2 caractères : une ligne en contient %3 ici.</translation>
        </message>
        <message>
            <source>%1 has characters the terminals cannot print: %2.</source>
            <translation>%1 contient des caractères que les terminaux ne peuvent pas imprimer : %2.</translation>
        </message>
        <message>
            <source>The logo is larger than 256 KiB. Import it again: Comptoir makes it black and white and small.</source>
            <translation>Le logo dépasse 256 Kio. Importez-le à nouveau : Comptoir le rend noir et blanc et léger.</translation>
        </message>
        <message>
            <source>The logo is not a PNG image the terminals can print. Import it again.</source>
            <translation>Le logo n’est pas une image PNG que les terminaux peuvent imprimer. Importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The logo is %1 dots wide: %2 mm paper prints %3. Make it narrower.</source>
            <translation>Le logo fait %1 points de large : le papier de %2 mm en imprime %3. Rendez-le plus étroit.</translation>
        </message>
        <message>
            <source>The logo is %1 dots high: at most %2 are printed. Make it smaller.</source>
            <translation>Le logo fait %1 points de haut : au maximum %2 sont imprimés. Rendez-le plus petit.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language and appearance</source>
            <translation>Langue et apparence</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The language of Comptoir, its exports and reports; amounts and dates follow it</source>
            <translation>La langue de Comptoir, de ses exports et rapports ; les montants et les dates la suivent</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Apparence :</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portail</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Compte :</translation>
        </message>
        <message>
            <source>S&amp;ync in the background:</source>
            <translation>S&amp;ynchroniser en arrière-plan :</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Local cache:</source>
            <translation>Cache local :</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show the folder that holds the caches and the demo data</source>
            <translation>Afficher le dossier qui contient les caches et les données de démonstration</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Success</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Manual intervention</source>
            <translation>Intervention manuelle</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>En cours de traitement</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>Chargeback</source>
            <translation>Avec chargeback</translation>
        </message>
    </context>
    <context>
        <name>StatusOrigin</name>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuel</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The local cache could not start a change: %1</source>
            <translation>Le cache local n’a pas pu commencer une modification : %1</translation>
        </message>
        <message>
            <source>The local cache could not save a change: %1</source>
            <translation>Le cache local n’a pas pu enregistrer une modification : %1</translation>
        </message>
        <message>
            <source>The local cache could not be read or written (%1). If this keeps happening, sync again to rebuild it.</source>
            <translation>Impossible de lire ou d’écrire le cache local (%1). Si le problème persiste, synchronisez à nouveau pour le reconstruire.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>The portal sent data Comptoir cannot use (%1). Nothing of it was saved.</source>
            <translation>Le portail a envoyé des données que Comptoir ne peut pas utiliser (%1). Rien n’en a été enregistré.</translation>
        </message>
        <message>
            <source>Sending your changes</source>
            <translation>Envoi de vos modifications</translation>
        </message>
        <message>
            <source>Locations and terminals</source>
            <translation>Emplacements et terminaux</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Clôtures de journée</translation>
        </message>
    </context>
    <context>
        <name>TerminalChoice</name>
        <message>
            <source>%1 (%2)</source>
            <comment>terminal (location)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 — deactivated</source>
            <comment>terminal</comment>
            <translation>%1 — désactivé</translation>
        </message>
    </context>
    <context>
        <name>TerminalRepository</name>
        <message>
            <source>This terminal is no longer in the cache. Sync and try again.</source>
            <translation>Ce terminal ne figure plus dans le cache. Synchronisez et réessayez.</translation>
        </message>
        <message>
            <source>A terminal needs a name.</source>
            <translation>Un terminal doit avoir un nom.</translation>
        </message>
        <message>
            <source>A terminal name can be at most 40 characters long.</source>
            <translation>Le nom d’un terminal ne peut pas dépasser 40 caractères.</translation>
        </message>
        <message>
            <source>A deactivated terminal cannot be renamed.</source>
            <translation>Un terminal désactivé ne peut pas être renommé.</translation>
        </message>
        <message>
            <source>Another active terminal is already called “%1”. Deactivate it first if this terminal replaces it.</source>
            <translation>Un autre terminal actif s’appelle déjà « %1 ». Désactivez-le d’abord si ce terminal le remplace.</translation>
        </message>
        <message>
            <source>That location is not in the cache. Sync and try again.</source>
            <translation>Cet emplacement ne figure pas dans le cache. Synchronisez et réessayez.</translation>
        </message>
        <message>
            <source>This terminal is already deactivated.</source>
            <translation>Ce terminal est déjà désactivé.</translation>
        </message>
    </context>
    <context>
        <name>ThirdPartyLibrary</name>
        <message>
            <source>Public domain</source>
            <translation>Domaine public</translation>
        </message>
    </context>
    <context>
        <name>TransactionExport</name>
        <message>
            <source>The file %1 cannot be written there: %2</source>
            <translation>Le fichier %1 ne peut pas être écrit à cet endroit : %2</translation>
        </message>
        <message>
            <source>The file %1 could not be created.</source>
            <translation>Le fichier %1 n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>The file %1 could not be written (%2).</source>
            <translation>Le fichier %1 n’a pas pu être écrit (%2).</translation>
        </message>
        <message>
            <source>The file %1 is not complete.</source>
            <translation>Le fichier %1 n’est pas complet.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place (%2); check that it is not open in another program.</source>
            <translation>Le fichier %1 n’a pas pu être mis en place (%2) ; vérifiez qu’il n’est pas ouvert dans un autre programme.</translation>
        </message>
        <message>
            <source>Entry</source>
            <extracomment>An export column: whether a row is new, or a correction of an earlier export.</extracomment>
            <translation>Écriture</translation>
        </message>
        <message>
            <source>Corrects export</source>
            <translation>Corrige l’export</translation>
        </message>
        <message>
            <source>Date and time (%1)</source>
            <translation>Date et heure (%1)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Period</source>
            <extracomment>An export column: the number of the payment period (day close) of the terminal.</extracomment>
            <translation>Période</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Issuer</source>
            <extracomment>An export column: who issued a voucher or gift card (Pluxee, Edenred, …).</extracomment>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Status set</source>
            <extracomment>An export column: whether the status was set automatically or by hand.</extracomment>
            <translation>Statut défini</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Défini par</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Défini à</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Numéro de carte</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Code d’autorisation</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processeur</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>ID de transaction</translation>
        </message>
        <message>
            <source>Choose the file to export to.</source>
            <translation>Choisissez le fichier vers lequel exporter.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file name in it.</source>
            <translation>%1 est un dossier ; choisissez-y un nom de fichier.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n’existe pas.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to. Choose another folder.</source>
            <translation>Le dossier %1 n’est pas accessible en écriture. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The CSV separator and decimal mark must be two different punctuation characters.</source>
            <translation>Le séparateur CSV et le signe décimal doivent être deux signes de ponctuation différents.</translation>
        </message>
        <message>
            <source>This export profile no longer exists.</source>
            <translation>Ce profil d’export n’existe plus.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Reversal</source>
            <extracomment>An export row that takes back what an earlier export sent (the amount negated).</extracomment>
            <translation>Contre-passation</translation>
        </message>
        <message>
            <source>Corrected</source>
            <extracomment>An export row: the transaction as it is now, after a reversal of what was sent before.</extracomment>
            <translation>Rectifié</translation>
        </message>
        <message>
            <source>local time of each location</source>
            <translation>heure locale de chaque emplacement</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>About this export</source>
            <translation>À propos de cet export</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>à partir du %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>jusqu’au %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>tous les jours</translation>
        </message>
        <message>
            <source>Transactions, %1</source>
            <translation>Transactions, %1</translation>
        </message>
        <message>
            <source>Exported with Comptoir from its local copy of the portal's data.</source>
            <translation>Exporté avec Comptoir à partir de sa copie locale des données du portail.</translation>
        </message>
        <message>
            <source>Nothing is new or changed since the last export of “%1”: no file was written.</source>
            <translation>Rien de nouveau ni de modifié depuis le dernier export de « %1 » : aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>No transactions match what you chose: no file was written.</source>
            <translation>Aucune transaction ne correspond à votre choix : aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Réussies</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Chiffre d’affaires net</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>By location</source>
            <translation>Par emplacement</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>Par moyen de paiement</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Commerçant</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>tous les emplacements</translation>
        </message>
        <message>
            <source>Business days</source>
            <translation>Jours d’activité</translation>
        </message>
        <message>
            <source>statuses: %1</source>
            <translation>statuts : %1</translation>
        </message>
        <message>
            <source>payment methods: %1</source>
            <translation>moyens de paiement : %1</translation>
        </message>
        <message>
            <source>status set: %1</source>
            <translation>statut défini : %1</translation>
        </message>
        <message>
            <source>search: “%1”</source>
            <translation>recherche : « %1 »</translation>
        </message>
        <message>
            <source>one day close (period %1)</source>
            <translation>une clôture de journée (période %1)</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Local time of the location (%1).</source>
            <translation>Heure locale de l’emplacement (%1).</translation>
        </message>
        <message>
            <source>Local time of each location (%1).</source>
            <translation>Heure locale de chaque emplacement (%1).</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Montants</translation>
        </message>
        <message>
            <source>Refunds are negative amounts. Turnover counts the successful transactions, whether their status was set automatically or by hand: positive amounts are sales, negative ones refunds. The summaries add up exactly the rows of this file.</source>
            <translation>Les remboursements sont des montants négatifs. Le chiffre d’affaires compte les transactions réussies, que leur statut ait été défini automatiquement ou manuellement : les montants positifs sont des ventes, les négatifs des remboursements. Les récapitulatifs additionnent exactement les lignes de ce fichier.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Export number</source>
            <translation>Numéro d’export</translation>
        </message>
        <message>
            <source>New and corrected</source>
            <translation>Nouveaux et rectifiés</translation>
        </message>
        <message>
            <source>%1 new, %2 corrected</source>
            <translation>%1 nouveaux, %2 rectifiés</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Rectifications</translation>
        </message>
        <message>
            <source>This file holds only what earlier exports of this profile did not: new transactions, and each transaction that changed since it was sent (a status set by hand, a chargeback, a refund). A changed one comes as two rows: a reversal of what was sent (amount negated, with the number of the export it corrects) and the transaction as it is now. Book every row and nothing is counted twice.</source>
            <translation>Ce fichier ne contient que ce que les exports précédents de ce profil ne contenaient pas : les nouvelles transactions, et chaque transaction modifiée depuis son envoi (un statut défini manuellement, un chargeback, un remboursement). Une transaction modifiée figure sur deux lignes : une contre-passation de ce qui avait été envoyé (montant inversé, avec le numéro de l’export qu’elle rectifie) et la transaction telle qu’elle est maintenant. Comptabilisez chaque ligne et rien n’est compté deux fois.</translation>
        </message>
        <message>
            <source>Exported on</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <source>Exported by</source>
            <translation>Exporté par</translation>
        </message>
        <message>
            <source>%1 transactions exported to %2.</source>
            <translation>%1 transactions exportées vers %2.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place; check that it is not open in another program and that the folder can be written.</source>
            <translation>Le fichier %1 n’a pas pu être mis en place ; vérifiez qu’il n’est pas ouvert dans un autre programme et que le dossier est accessible en écriture.</translation>
        </message>
    </context>
    <context>
        <name>TransactionRepository</name>
        <message>
            <source>Transaction %1 could not be saved in the cache.</source>
            <translation>La transaction %1 n’a pas pu être enregistrée dans le cache.</translation>
        </message>
        <message>
            <source>A manual status can only be “Success” or “Failed”.</source>
            <translation>Un statut manuel ne peut être que « Réussi » ou « Échec ».</translation>
        </message>
        <message>
            <source>Transaction %1 is not in the cache.</source>
            <translation>La transaction %1 ne figure pas dans le cache.</translation>
        </message>
        <message>
            <source>Only a transaction waiting for a manual intervention can get a manual status; this one is “%1”.</source>
            <translation>Seule une transaction en attente d’une intervention manuelle peut recevoir un statut manuel ; celle-ci a le statut « %1 ».</translation>
        </message>
        <message>
            <source>Transaction %1 belongs to a location or terminal that is not in the cache (%2, %3). Sync again to fetch them.</source>
            <translation>La transaction %1 appartient à un emplacement ou à un terminal qui ne figure pas dans le cache (%2, %3). Synchronisez à nouveau pour les récupérer.</translation>
        </message>
    </context>
    <context>
        <name>TransactionType</name>
        <message>
            <source>Sale</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Pre-authorisation</source>
            <translation>Pré-autorisation</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Finalisation</translation>
        </message>
    </context>
    <context>
        <name>comptoir-cli</name>
        <message numerus="yes">
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>Le journal d’audit est intact : %n entrée vérifiée.</numerusform>
                <numerusform>Le journal d’audit est intact : %n entrées vérifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first, or give the right --cache file.</source>
            <translation>Le cache %1 n’existe pas. Synchronisez d’abord, ou indiquez le bon fichier avec --cache.</translation>
        </message>
        <message>
            <source>Checks that the audit log of a cache is complete and unaltered, and reports the first entry that is not.</source>
            <translation>Vérifie que le journal d’audit d’un cache est complet et inaltéré, et signale la première entrée qui ne l’est pas.</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>La commande.</translation>
        </message>
        <message>
            <source>The cache file.</source>
            <translation>Le fichier de cache.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>Give the cache file with --cache FILE.</source>
            <translation>Indiquez le fichier de cache avec --cache FICHIER.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2</source>
            <translation>Le journal d’audit n’est plus intact à partir de l’entrée %1 : %2</translation>
        </message>
        <message>
            <source>Writes a cache filled with realistic demo data, as a full sync from the demo portal would. For trying Comptoir out and for benchmarks.</source>
            <translation>Crée un cache rempli de données de démonstration réalistes, comme le ferait une synchronisation complète avec le portail de démonstration. Pour essayer Comptoir et pour les tests de performance.</translation>
        </message>
        <message>
            <source>The cache file to create (must not exist).</source>
            <translation>Le fichier de cache à créer (ne doit pas déjà exister).</translation>
        </message>
        <message>
            <source>Random seed (default 1).</source>
            <translation>Graine aléatoire (1 par défaut).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>BE or NL (default BE).</source>
            <translation>BE ou NL (BE par défaut).</translation>
        </message>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Number of locations (default 4).</source>
            <translation>Nombre d’emplacements (4 par défaut).</translation>
        </message>
        <message>
            <source>Number of terminals (default 9).</source>
            <translation>Nombre de terminaux (9 par défaut).</translation>
        </message>
        <message>
            <source>Days of history (default 90).</source>
            <translation>Nombre de jours d’historique (90 par défaut).</translation>
        </message>
        <message>
            <source>Transactions per day (default 600).</source>
            <translation>Transactions par jour (600 par défaut).</translation>
        </message>
        <message>
            <source>Last business day, YYYY-MM-DD (default today).</source>
            <translation>Dernier jour d’activité, AAAA-MM-JJ (aujourd’hui par défaut).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>Give the file to create with --out FILE.</source>
            <translation>Indiquez le fichier à créer avec --out FICHIER.</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 doit être un nombre entier compris entre %2 et %3.</translation>
        </message>
        <message>
            <source>--seed must be a whole number.</source>
            <translation>--seed doit être un nombre entier.</translation>
        </message>
        <message>
            <source>--country must be BE or NL.</source>
            <translation>--country doit être BE ou NL.</translation>
        </message>
        <message>
            <source>--end must be a date like 2026-11-22.</source>
            <translation>--end doit être une date, par exemple 2026-11-22.</translation>
        </message>
        <message>
            <source>Every location needs a terminal: give at least as many --terminals as --locations.</source>
            <translation>Chaque emplacement a besoin d’un terminal : la valeur de --terminals doit être au moins égale à celle de --locations.</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>%1 of about %2 transactions</source>
            <translation>%1 transactions sur environ %2</translation>
        </message>
        <message>
            <source>Wrote %1 transactions and %2 day closes to %3.</source>
            <translation>%1 transactions et %2 clôtures de journée enregistrées dans %3.</translation>
        </message>
        <message>
            <source>The cache could not be moved to %1.</source>
            <translation>Le cache n’a pas pu être déplacé vers %1.</translation>
        </message>
        <message>
            <source>What to do.</source>
            <translation>La commande à exécuter.</translation>
        </message>
        <message>
            <source>Say what to do.</source>
            <translation>Indiquez une commande.</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Commande inconnue : « %1 ».</translation>
        </message>
        <message>
            <source>The portal's address, e.g. https://portal.example.</source>
            <translation>L’adresse du portail, p. ex. https://portal.example.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>The account's e-mail address.</source>
            <translation>L’adresse e-mail du compte.</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>E-MAIL</translation>
        </message>
        <message>
            <source>Give the portal's address with --portal, like https://portal.example.</source>
            <translation>Indiquez l’adresse du portail avec --portal, par exemple https://portal.example.</translation>
        </message>
        <message>
            <source>Give the account's e-mail address with --email.</source>
            <translation>Indiquez l’adresse e-mail du compte avec --email.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Mot de passe : </translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep the sign-in).</source>
            <translation>Aucune connexion enregistrée pour %1 sur %2. Connectez-vous avec --password-stdin (et --remember pour conserver la connexion).</translation>
        </message>
        <message>
            <source>This account has two-step verification: give the code with --totp CODE.</source>
            <translation>Ce compte utilise la vérification en deux étapes : indiquez le code avec --totp CODE.</translation>
        </message>
        <message>
            <source>Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).</source>
            <translation>Connectez-vous avec --password-stdin (--remember-password permet aux exécutions suivantes de se reconnecter d’elles-mêmes).</translation>
        </message>
        <message>
            <source>Brings the cache of a portal account up to date: everything the first time, then what changed.</source>
            <translation>Met à jour le cache d’un compte du portail : tout la première fois, puis ce qui a changé.</translation>
        </message>
        <message>
            <source>Read the password from standard input (else the saved sign-in from the keychain is used).</source>
            <translation>Lire le mot de passe sur l’entrée standard (sinon, la connexion enregistrée dans le trousseau est utilisée).</translation>
        </message>
        <message>
            <source>The code from the authenticator app, for two-step verification.</source>
            <translation>Le code de l’application d’authentification, pour la vérification en deux étapes.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>Keep the sign-in in the system keychain for later runs (with --password-stdin).</source>
            <translation>Conserver la connexion dans le trousseau du système pour les exécutions suivantes (avec --password-stdin).</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain too, so that later runs can sign in again when the sign-in expires (implies --remember).</source>
            <translation>Conserver aussi le mot de passe dans le trousseau du système, pour que les exécutions suivantes puissent se reconnecter quand la connexion expire (implique --remember).</translation>
        </message>
        <message>
            <source>The cache file (default: the account's cache in the user's data folder).</source>
            <translation>Le fichier de cache (par défaut : le cache du compte dans le dossier de données de l’utilisateur).</translation>
        </message>
        <message>
            <source>--remember and --remember-password keep a sign-in made with --password-stdin; give that too.</source>
            <translation>--remember et --remember-password conservent une connexion établie avec --password-stdin ; indiquez aussi cette option.</translation>
        </message>
        <message>
            <source>No password came on standard input.</source>
            <translation>Aucun mot de passe n’a été reçu sur l’entrée standard.</translation>
        </message>
        <message>
            <source>%1: %2 transactions, %3 day closes</source>
            <translation>%1 : %2 transactions, %3 clôtures de journée</translation>
        </message>
        <message>
            <source>Signs a portal account out: ends its portal session when the portal can be reached, and removes the sign-in saved in the system keychain.</source>
            <translation>Déconnecte un compte du portail : met fin à sa session sur le portail si celui-ci est joignable, et supprime la connexion enregistrée dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Signed out: no sign-in for %1 on %2 is saved any more.</source>
            <translation>Déconnecté : plus aucune connexion n’est enregistrée pour %1 sur %2.</translation>
        </message>
        <message>
            <source>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  dayclose      make the day-close report (PDF) of a period from the cache
  demo-cache    write a cache with demo data
  export        export transactions to Excel (xlsx) or CSV for the bookkeeper
  signout       forget an account's saved sign-in and end its portal session
  summary       print the turnover by day, location or payment method
  sync          bring an account's cache up to date with its portal

Run comptoir-cli COMMAND --help for the options of a command.</source>
            <translation>Comptoir en ligne de commande.

Commandes :
  audit-check   vérifier le journal d’audit d’un cache
  dayclose      établir le rapport de clôture de journée (PDF) d’une période à partir du cache
  demo-cache    créer un cache avec des données de démonstration
  export        exporter les transactions vers Excel (xlsx) ou CSV pour le comptable
  signout       oublier la connexion enregistrée d’un compte et mettre fin à sa session sur le portail
  summary       afficher le chiffre d’affaires par jour, emplacement ou moyen de paiement
  sync          mettre à jour le cache d’un compte à partir de son portail

Exécutez comptoir-cli COMMANDE --help pour afficher les options d’une commande.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-06-30, not “%2”.</source>
            <translation>--%1 doit être une date comme 2026-06-30, et non « %2 ».</translation>
        </message>
        <message>
            <source>Give the business days with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
            <translation>Indiquez les jours d’activité avec --from AAAA-MM-JJ et --to AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2: give the earlier day first.</source>
            <translation>--from %1 est après --to %2 : indiquez d’abord le jour le plus ancien.</translation>
        </message>
        <message>
            <source>--lang must be nl, fr or en.</source>
            <translation>--lang doit être nl, fr ou en.</translation>
        </message>
        <message>
            <source>This account may not export or read the figures of any location (%1).</source>
            <translation>Ce compte ne peut exporter ni lire les chiffres d’aucun emplacement (%1).</translation>
        </message>
        <message>
            <source>There is no location “%1” in this cache. Its locations: %2.</source>
            <translation>Il n’y a pas d’emplacement « %1 » dans ce cache. Ses emplacements : %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>This account may not see the figures of %1 (%2).</source>
            <translation>Ce compte ne peut pas voir les chiffres de %1 (%2).</translation>
        </message>
        <message>
            <source>--%1 is one character, like ; or , (or the word tab).</source>
            <translation>--%1 est un seul caractère, comme ; ou , (ou le mot tab).</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”.</source>
            <translation>Argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>Exports the transactions of the cache for the bookkeeper: an Excel workbook (the transactions with real dates and amounts, and summaries by day, location and payment method) or a CSV file. The file appears complete or not at all.</source>
            <translation>Exporte les transactions du cache pour le comptable : un classeur Excel (les transactions avec de vraies dates et de vrais montants, et des récapitulatifs par jour, emplacement et moyen de paiement) ou un fichier CSV. Le fichier apparaît complet ou pas du tout.</translation>
        </message>
        <message>
            <source>The first business day, YYYY-MM-DD.</source>
            <translation>Le premier jour d’activité, AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>The last business day, YYYY-MM-DD (included).</source>
            <translation>Le dernier jour d’activité, AAAA-MM-JJ (inclus).</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several. Default: every location the account may export.</source>
            <translation>Seulement cet emplacement (son identifiant ou son nom) ; à répéter pour plusieurs. Par défaut : chaque emplacement que le compte peut exporter.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>xlsx or csv (default: from the file name, else xlsx).</source>
            <translation>xlsx ou csv (par défaut : d’après le nom du fichier, sinon xlsx).</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>The language of the file's names and headers: nl, fr or en (default: the system's).</source>
            <translation>La langue des noms et des en-têtes du fichier : nl, fr ou en (par défaut : celle du système).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANGUE</translation>
        </message>
        <message>
            <source>CSV: the field separator (default ; for nl and fr, , for en; tab for a tab).</source>
            <translation>CSV : le séparateur de champs (par défaut ; pour nl et fr, , pour en ; tab pour une tabulation).</translation>
        </message>
        <message>
            <source>CHAR</source>
            <translation>CAR</translation>
        </message>
        <message>
            <source>CSV: the decimal mark (default , for nl and fr, . for en).</source>
            <translation>CSV : le signe décimal (par défaut , pour nl et fr, . pour en).</translation>
        </message>
        <message>
            <source>CSV: dates as 2026-06-30 14:05:09 instead of the country's 30/06/2026.</source>
            <translation>CSV : dates sous la forme 2026-06-30 14:05:09 au lieu de 30/06/2026 comme dans le pays.</translation>
        </message>
        <message>
            <source>Export for this saved export profile: its locations and format, and — for a profile that exports only what is new — what it has not sent before (new transactions, and corrections of changed ones). --from and --to are then optional.</source>
            <translation>Exporter pour ce profil d’export enregistré : ses emplacements et son format, et — pour un profil qui n’exporte que les nouveautés — ce qu’il n’a pas encore envoyé (nouvelles transactions, et rectifications de celles qui ont changé). --from et --to sont alors facultatifs.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>The file to write (replaced when it exists).</source>
            <translation>Le fichier à écrire (remplacé s’il existe).</translation>
        </message>
        <message>
            <source>Give the file to write with --out FILE.</source>
            <translation>Indiquez le fichier à écrire avec --out FICHIER.</translation>
        </message>
        <message>
            <source>--format must be xlsx or csv.</source>
            <translation>--format doit être xlsx ou csv.</translation>
        </message>
        <message>
            <source>There is no export profile “%1” in this cache. Its profiles: %2.</source>
            <translation>Il n’y a pas de profil d’export « %1 » dans ce cache. Ses profils : %2.</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 sur %2 transactions</translation>
        </message>
        <message>
            <source>Export %1: %2 new transactions, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1 : %2 nouvelles transactions, %3 rectifiées (chacune sous forme de contre-passation et de nouvelle version).</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3: no file was written.</source>
            <translation>Aucune transaction du %1 au %2 pour %3 : aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>any location</source>
            <translation>tous les emplacements</translation>
        </message>
        <message>
            <source>Makes the day-close report (PDF, A4) of a period from the cache: for a day the portal has no report of, and for reprinting. The report says that Comptoir made it.</source>
            <translation>Établit le rapport de clôture de journée (PDF, A4) d’une période à partir du cache : pour un jour dont le portail n’a pas de rapport, et pour réimprimer. Le rapport indique qu’il a été établi par Comptoir.</translation>
        </message>
        <message>
            <source>The period (day close), by its id.</source>
            <translation>La période (clôture de journée), par son identifiant.</translation>
        </message>
        <message>
            <source>The report's language: nl, fr or en (default: the system's).</source>
            <translation>La langue du rapport : nl, fr ou en (par défaut : celle du système).</translation>
        </message>
        <message>
            <source>The PDF file to write (replaced when it exists).</source>
            <translation>Le fichier PDF à écrire (remplacé s’il existe).</translation>
        </message>
        <message>
            <source>Give the period with --period ID.</source>
            <translation>Indiquez la période avec --period ID.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name in it.</source>
            <translation>%1 est un dossier ; indiquez-y un nom de fichier.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n’existe pas.</translation>
        </message>
        <message>
            <source>Reports need Qt's GUI module (no screen): this program cannot make them.</source>
            <translation>Les rapports ont besoin du module GUI de Qt (sans écran) : ce programme ne peut pas les établir.</translation>
        </message>
        <message>
            <source>There is no day close (period) “%1” in this cache. Sync first, or check the id.</source>
            <translation>Il n’y a pas de clôture de journée (période) « %1 » dans ce cache. Synchronisez d’abord, ou vérifiez l’identifiant.</translation>
        </message>
        <message>
            <source>This account may not see the day closes of %1.</source>
            <translation>Ce compte ne peut pas voir les clôtures de journée de %1.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>Le rapport n’a pas pu être établi.</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>Le fichier %1 n’a pas pu être écrit : %2</translation>
        </message>
        <message>
            <source>Wrote the day-close report of period %1 (%2, %3) to %4.</source>
            <translation>Le rapport de clôture de la période %1 (%2, %3) a été écrit dans %4.</translation>
        </message>
        <message>
            <source>Prints the turnover of a range of business days from the cache, by day, location or payment method: transactions, successful ones, sales, refunds and net turnover (successful transactions, whether their status was set automatically or by hand). The same figures as an export's summary sheets.</source>
            <translation>Affiche le chiffre d’affaires d’une série de jours d’activité à partir du cache, par jour, emplacement ou moyen de paiement : transactions, transactions réussies, ventes, remboursements et chiffre d’affaires net (transactions réussies, que leur statut ait été défini automatiquement ou manuellement). Les mêmes chiffres que les feuilles récapitulatives d’un export.</translation>
        </message>
        <message>
            <source>day, location or method (default day).</source>
            <translation>day, location ou method (day par défaut).</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>QUOI</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several.</source>
            <translation>Seulement cet emplacement (son identifiant ou son nom) ; à répéter pour plusieurs.</translation>
        </message>
        <message>
            <source>Print JSON (amounts in minor units and as decimal text) instead of a table.</source>
            <translation>Afficher du JSON (montants en centimes et en texte décimal) au lieu d’un tableau.</translation>
        </message>
        <message>
            <source>--by must be day, location or method.</source>
            <translation>--by doit être day, location ou method.</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3.</source>
            <translation>Aucune transaction du %1 au %2 pour %3.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Réussies</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Chiffre d’affaires net</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Turnover from %1 to %2%3</source>
            <translation>Chiffre d’affaires du %1 au %2%3</translation>
        </message>
        <message>
            <source>(amounts in %1)</source>
            <translation>(montants en %1)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::AboutDialog</name>
        <message>
            <source>The licence text of %1 is missing from this copy of Comptoir.</source>
            <translation>Le texte de la licence de %1 manque dans cet exemplaire de Comptoir.</translation>
        </message>
        <message>
            <source>About Comptoir</source>
            <translation>À propos de Comptoir</translation>
        </message>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>Version %1 · Qt %2 (built with Qt %3)</source>
            <translation>Version %1 · Qt %2 (compilé avec Qt %3)</translation>
        </message>
        <message>
            <source>Turnover, transactions and day closes of your CCV payment terminals, from a copy of your portal data on this computer.</source>
            <translation>Chiffre d’affaires, transactions et clôtures de vos terminaux de paiement CCV, à partir d’une copie des données de votre portail sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The licence under which Comptoir itself is distributed has not been chosen yet. The libraries below keep their own licences; choose one to read its licence.</source>
            <translation>La licence sous laquelle Comptoir lui-même est distribué n’a pas encore été choisie. Les bibliothèques ci-dessous gardent leurs propres licences ; choisissez-en une pour lire sa licence.</translation>
        </message>
        <message>
            <source>Libraries shipped with Comptoir</source>
            <translation>Bibliothèques fournies avec Comptoir</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>comptoir::AppController</name>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>There is no cache file at %1.</source>
            <translation>Le fichier de cache %1 n’existe pas.</translation>
        </message>
        <message>
            <source>You are signed out. Sign in again, or as another account.</source>
            <translation>Vous êtes déconnecté. Reconnectez-vous, ou connectez-vous avec un autre compte.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyLayoutDialog</name>
        <message>
            <source>Copy the receipt to other locations</source>
            <translation>Copier le ticket vers d’autres emplacements</translation>
        </message>
        <message>
            <source>Copy the receipt of “%1” as it is saved. Check the locations to copy it to: what changes there is listed first. Nothing is saved until you copy.</source>
            <translation>Copiez le ticket de « %1 » tel qu’il est enregistré. Cochez les emplacements où le copier : ce qui y change est indiqué d’abord. Rien n’est enregistré avant que vous copiiez.</translation>
        </message>
        <message>
            <source>&amp;Paper and customer receipt</source>
            <translation>&amp;Papier et ticket client</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Logo</translation>
        </message>
        <message>
            <source>&amp;Texts in every language</source>
            <translation>&amp;Textes dans toutes les langues</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message numerus="yes">
            <source>Copy to %n location(s)</source>
            <translation>
                <numerusform>Copier vers %n emplacement</numerusform>
                <numerusform>Copier vers %n emplacements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyTargetsModel</name>
        <message>
            <source>%1 mm, small text</source>
            <translation>%1 mm, petit texte</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, texte normal</translation>
        </message>
        <message>
            <source>Paper: %1 → %2</source>
            <translation>Papier : %1 → %2</translation>
        </message>
        <message>
            <source>Customer receipt: printed after every payment</source>
            <translation>Ticket client : imprimé après chaque paiement</translation>
        </message>
        <message>
            <source>Customer receipt: printed only when asked</source>
            <translation>Ticket client : imprimé seulement sur demande</translation>
        </message>
        <message>
            <source>Logo: removed</source>
            <translation>Logo : supprimé</translation>
        </message>
        <message>
            <source>Logo: added</source>
            <translation>Logo : ajouté</translation>
        </message>
        <message>
            <source>Logo: replaced</source>
            <translation>Logo : remplacé</translation>
        </message>
        <message>
            <source>Header in %1: other lines</source>
            <translation>En-tête en %1 : autres lignes</translation>
        </message>
        <message numerus="yes">
            <source>Header in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>En-tête en %1 : %n ligne au lieu de %2</numerusform>
                <numerusform>En-tête en %1 : %n lignes au lieu de %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Footer in %1: other lines</source>
            <translation>Pied de page en %1 : autres lignes</translation>
        </message>
        <message numerus="yes">
            <source>Footer in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>Pied de page en %1 : %n ligne au lieu de %2</numerusform>
                <numerusform>Pied de page en %1 : %n lignes au lieu de %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifone terminals here: CCV support changes their receipt.</source>
            <translation>Terminaux Verifone ici : c’est le support de CCV qui modifie leur ticket.</translation>
        </message>
        <message>
            <source>Not synced yet: sync first.</source>
            <translation>Pas encore synchronisé : synchronisez d’abord.</translation>
        </message>
        <message>
            <source>Would not print here: %1</source>
            <translation>Ne pourrait pas être imprimé ici : %1</translation>
        </message>
        <message>
            <source>Already the same there.</source>
            <translation>Déjà identique là-bas.</translation>
        </message>
        <message>
            <source>Nothing changes: already the same.</source>
            <translation>Rien ne change : déjà identique.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>What changes there</source>
            <translation>Ce qui y change</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DashboardPage</name>
        <message>
            <source>%1, set by hand</source>
            <translation>%1, défini manuellement</translation>
        </message>
        <message>
            <source>Turnover: %1</source>
            <translation>Chiffre d’affaires : %1</translation>
        </message>
        <message numerus="yes">
            <source>Sales: %1 (%Ln)</source>
            <translation>
                <numerusform>Ventes : %1 (%Ln)</numerusform>
                <numerusform>Ventes : %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refunds: %1 (%Ln)</source>
            <translation>
                <numerusform>Remboursements : %1 (%Ln)</numerusform>
                <numerusform>Remboursements : %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average ticket: %1</source>
            <translation>Ticket moyen : %1</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Show by:</source>
            <translation>Afficher par :</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Rebuild the totals</source>
            <translation>Reconstruire les totaux</translation>
        </message>
        <message>
            <source>The search text, amount, processor and day-close filters apply to the transaction list only: the dashboard counts every transaction that matches the other filters.</source>
            <translation>Les filtres de texte, de montant, de processeur et de clôture de journée ne s’appliquent qu’à la liste des transactions : le tableau de bord compte toutes les transactions qui répondent aux autres filtres.</translation>
        </message>
        <message>
            <source>Too many bars for these dates: choose a shorter period to see them by %1.</source>
            <translation>Trop de barres pour ces dates : choisissez une période plus courte pour les voir par %1.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message>
            <source>all locations</source>
            <translation>tous les emplacements</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n emplacement</numerusform>
                <numerusform>%n emplacements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %Ln transactions</source>
            <translation>
                <numerusform>%1 · %2 · %Ln transaction</numerusform>
                <numerusform>%1 · %2 · %Ln transactions</numerusform>
            </translation>
        </message>
        <message>
            <source>Your user account may not see the dashboard. An administrator can give your user group access to it on the portal.</source>
            <translation>Votre compte utilisateur n’a pas accès au tableau de bord. Un administrateur peut y donner accès à votre groupe d’utilisateurs sur le portail.</translation>
        </message>
        <message>
            <source>The dashboard could not be computed. Open the page again.</source>
            <translation>Le tableau de bord n’a pas pu être calculé. Ouvrez la page à nouveau.</translation>
        </message>
        <message>
            <source>You may not see any of the chosen locations. Choose other locations in the filter.</source>
            <translation>Vous n’avez accès à aucun des emplacements choisis. Choisissez d’autres emplacements dans le filtre.</translation>
        </message>
        <message>
            <source>Rebuilding the totals from the transactions…</source>
            <translation>Reconstruction des totaux à partir des transactions…</translation>
        </message>
        <message>
            <source>Week %1: %2</source>
            <translation>Semaine %1 : %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No transactions for these filters.</source>
            <translation>Aucune transaction pour ces filtres.</translation>
        </message>
        <message>
            <source>Turnover per day</source>
            <translation>Chiffre d’affaires par jour</translation>
        </message>
        <message>
            <source>Turnover per week</source>
            <translation>Chiffre d’affaires par semaine</translation>
        </message>
        <message>
            <source>Turnover per month</source>
            <translation>Chiffre d’affaires par mois</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions: %1.</source>
            <translation>Chiffre d’affaires net des transactions réussies : %1.</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d’affaires</translation>
        </message>
        <message>
            <source>Number of transactions per day</source>
            <translation>Nombre de transactions par jour</translation>
        </message>
        <message>
            <source>Number of transactions per week</source>
            <translation>Nombre de transactions par semaine</translation>
        </message>
        <message>
            <source>Number of transactions per month</source>
            <translation>Nombre de transactions par mois</translation>
        </message>
        <message>
            <source>%1 successful, %2 not (failed, declined, cancelled, …).</source>
            <translation>%1 réussies, %2 non (échec, refusé, annulé, …).</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Réussies</translation>
        </message>
        <message>
            <source>Not successful</source>
            <translation>Non réussies</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per day</source>
            <translation>Remboursements et chargebacks par jour</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per week</source>
            <translation>Remboursements et chargebacks par semaine</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per month</source>
            <translation>Remboursements et chargebacks par mois</translation>
        </message>
        <message>
            <source>Refunds %1 (%2), payments refunded later %3 (%4), chargebacks %5 (%6).</source>
            <translation>Remboursements %1 (%2), paiements remboursés par la suite %3 (%4), chargebacks %5 (%6).</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Payments refunded</source>
            <translation>Paiements remboursés</translation>
        </message>
        <message>
            <source>Chargebacks</source>
            <translation>Chargebacks</translation>
        </message>
        <message>
            <source>No refunds and no chargebacks for these filters.</source>
            <translation>Aucun remboursement ni chargeback pour ces filtres.</translation>
        </message>
        <message>
            <source>Turnover by payment method</source>
            <translation>Chiffre d’affaires par moyen de paiement</translation>
        </message>
        <message>
            <source>No turnover for these filters.</source>
            <translation>Aucun chiffre d’affaires pour ces filtres.</translation>
        </message>
        <message>
            <source>Turnover by location</source>
            <translation>Chiffre d’affaires par emplacement</translation>
        </message>
        <message numerus="yes">
            <source>%n other locations</source>
            <translation>
                <numerusform>%n autre emplacement</numerusform>
                <numerusform>%n autres emplacements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n locations with transactions.</source>
            <translation>
                <numerusform>%n emplacement avec des transactions.</numerusform>
                <numerusform>%n emplacements avec des transactions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Turnover by hour of the day</source>
            <translation>Chiffre d’affaires par heure de la journée</translation>
        </message>
        <message>
            <source>Sums over the period, on each location's own clock.</source>
            <translation>Sommes sur la période, à l’heure de chaque emplacement.</translation>
        </message>
        <message>
            <source>Turnover by day of the week</source>
            <translation>Chiffre d’affaires par jour de la semaine</translation>
        </message>
        <message>
            <source>Sums over the period; hover a bar for the average per day.</source>
            <translation>Sommes sur la période ; survolez une barre pour la moyenne par jour.</translation>
        </message>
        <message>
            <source>Failed, declined and resolved by hand</source>
            <translation>Échecs, refus et résolutions manuelles</translation>
        </message>
        <message>
            <source>Share of all transactions</source>
            <translation>Part de toutes les transactions</translation>
        </message>
        <message>
            <source>%1 of the %2 transactions went through without intervention.</source>
            <translation>%1 des %2 transactions sont passées sans intervention.</translation>
        </message>
        <message>
            <source>Every transaction went through without intervention.</source>
            <translation>Toutes les transactions sont passées sans intervention.</translation>
        </message>
        <message>
            <source>Click to see these transactions.</source>
            <translation>Cliquez pour voir ces transactions.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions</source>
            <translation>
                <numerusform>%Ln transaction</numerusform>
                <numerusform>%Ln transactions</numerusform>
            </translation>
        </message>
        <message>
            <source>Successful: %1</source>
            <translation>Réussies : %1</translation>
        </message>
        <message>
            <source>Not successful: %1</source>
            <translation>Non réussies : %1</translation>
        </message>
        <message numerus="yes">
            <source>Payments refunded later: %1 (%Ln)</source>
            <translation>
                <numerusform>Paiements remboursés par la suite : %1 (%Ln)</numerusform>
                <numerusform>Paiements remboursés par la suite : %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chargebacks: %1 (%Ln)</source>
            <translation>
                <numerusform>Chargebacks : %1 (%Ln)</numerusform>
                <numerusform>Chargebacks : %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of the turnover: %1</source>
            <translation>Part du chiffre d’affaires : %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in all</source>
            <translation>
                <numerusform>%Ln transaction au total</numerusform>
                <numerusform>%Ln transactions au total</numerusform>
            </translation>
        </message>
        <message>
            <source>%1:00 – %2:00</source>
            <translation>%1:00 – %2:00</translation>
        </message>
        <message numerus="yes">
            <source>%n such days in the period: %1 per day on average</source>
            <translation>
                <numerusform>%n jour de ce type dans la période : %1 par jour en moyenne</numerusform>
                <numerusform>%n jours de ce type dans la période : %1 par jour en moyenne</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Montant : %1</translation>
        </message>
        <message>
            <source>Share of all transactions: %1</source>
            <translation>Part de toutes les transactions : %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DayClosesPage</name>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>Cette période est encore ouverte : le rapport de clôture existera quand le terminal clôturera la journée.</translation>
        </message>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>Cette clôture n’est pas dans le cache. Synchronisez et réessayez.</translation>
        </message>
        <message>
            <source>Comptoir could not make the report.</source>
            <translation>Comptoir n’a pas pu établir le rapport.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
        <message>
            <source>Te&amp;rminal:</source>
            <translation>Te&amp;rminal :</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Clôtures de journée</translation>
        </message>
        <message>
            <source>Show &amp;transactions</source>
            <translation>Afficher les &amp;transactions</translation>
        </message>
        <message>
            <source>List this period's transactions on the Transactions page (Ctrl+Return)</source>
            <translation>Afficher les transactions de cette période sur la page Transactions (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save the report as a PDF file (%1)</source>
            <translation>Enregistrer le rapport en fichier PDF (%1)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print the report (%1)</source>
            <translation>Imprimer le rapport (%1)</translation>
        </message>
        <message>
            <source>Day-close report</source>
            <translation>Rapport de clôture</translation>
        </message>
        <message>
            <source>The report cannot be shown</source>
            <translation>Le rapport ne peut pas être affiché</translation>
        </message>
        <message>
            <source>The day-close report is not a readable PDF. Try again later, or make the report from Comptoir's data.</source>
            <translation>Le rapport de clôture n’est pas un PDF lisible. Réessayez plus tard, ou établissez le rapport à partir des données de Comptoir.</translation>
        </message>
        <message>
            <source>&amp;Make the report from Comptoir's data</source>
            <translation>&amp;Établir le rapport à partir des données de Comptoir</translation>
        </message>
        <message>
            <source>Comptoir makes a day-close report from the transactions in this cache. It is not the portal's report and is not kept.</source>
            <translation>Comptoir établit un rapport de clôture à partir des transactions de ce cache. Ce n’est pas le rapport du portail et il n’est pas conservé.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Tous les terminaux</translation>
        </message>
        <message>
            <source>Your account may not see day closes. An administrator can give access in the portal's user groups.</source>
            <translation>Votre compte ne peut pas voir les clôtures de journée. Un administrateur peut donner l’accès dans les groupes d’utilisateurs du portail.</translation>
        </message>
        <message>
            <source>No day closes for these filters yet. They arrive with the next sync.</source>
            <translation>Pas encore de clôtures pour ces filtres. Elles arriveront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The day close cannot be read</source>
            <translation>La clôture ne peut pas être lue</translation>
        </message>
        <message>
            <source>Day close not found</source>
            <translation>Clôture introuvable</translation>
        </message>
        <message>
            <source>Your account may not see the day closes of this location.</source>
            <translation>Votre compte ne peut pas voir les clôtures de cet emplacement.</translation>
        </message>
        <message>
            <source>This day close is not in the cache yet. Sync, then try again.</source>
            <translation>Cette clôture n’est pas encore dans le cache. Synchronisez, puis réessayez.</translation>
        </message>
        <message>
            <source>This period is still open</source>
            <translation>Cette période est encore ouverte</translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Pas encore téléchargé</translation>
        </message>
        <message>
            <source>Meanwhile Comptoir can make the report from the data in this cache.</source>
            <translation>En attendant, Comptoir peut établir le rapport à partir des données de ce cache.</translation>
        </message>
        <message>
            <source>Making the report from Comptoir's data…</source>
            <translation>Établissement du rapport à partir des données de Comptoir…</translation>
        </message>
        <message>
            <source>Fetching the day-close report from the portal…</source>
            <translation>Récupération du rapport de clôture sur le portail…</translation>
        </message>
        <message>
            <source>The portal did not give the report</source>
            <translation>Le portail n’a pas fourni le rapport</translation>
        </message>
        <message>
            <source>The report could not be made</source>
            <translation>Le rapport n’a pas pu être établi</translation>
        </message>
        <message>
            <source>Sign in again (Portal menu), then open the report once more.</source>
            <translation>Reconnectez-vous (menu Portail), puis ouvrez à nouveau le rapport.</translation>
        </message>
        <message>
            <source>The portal cannot be reached</source>
            <translation>Le portail est injoignable</translation>
        </message>
        <message>
            <source>Choose a day close to see its report.</source>
            <translation>Choisissez une clôture pour voir son rapport.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>period from – to</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>open since %1</source>
            <translation>ouverte depuis %1</translation>
        </message>
        <message>
            <source>%1 at %2, period %3</source>
            <comment>terminal at location, period number</comment>
            <translation>%1 à %2, période %3</translation>
        </message>
        <message>
            <source>The portal's day-close report, kept in this cache: it opens offline too.</source>
            <translation>Le rapport de clôture du portail, conservé dans ce cache : il s’ouvre aussi hors ligne.</translation>
        </message>
        <message>
            <source>The portal's day-close report, just downloaded and now kept in this cache.</source>
            <translation>Le rapport de clôture du portail, tout juste téléchargé et désormais conservé dans ce cache.</translation>
        </message>
        <message>
            <source>Made by Comptoir from the data in this cache — not the portal's day-close report. It covers the transactions synced to this computer.</source>
            <translation>Établi par Comptoir à partir des données de ce cache — ce n’est pas le rapport de clôture du portail. Il couvre les transactions synchronisées sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Day close.pdf</source>
            <translation>Clôture.pdf</translation>
        </message>
        <message>
            <source>Day close %1 %2 %3</source>
            <comment>terminal, period number, date</comment>
            <translation>Clôture %1 %2 %3</translation>
        </message>
        <message>
            <source>(made by Comptoir)</source>
            <translation>(établi par Comptoir)</translation>
        </message>
        <message>
            <source>Save the day-close report</source>
            <translation>Enregistrer le rapport de clôture</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Choose another folder or name.</source>
            <translation>Le rapport n’a pas pu être enregistré sous %1 : %2. Choisissez un autre dossier ou un autre nom.</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Check the free space, or choose another folder.</source>
            <translation>Le rapport n’a pas pu être enregistré sous %1 : %2. Vérifiez l’espace libre, ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Enregistré sous %1.</translation>
        </message>
        <message>
            <source>Print the day-close report</source>
            <translation>Imprimer le rapport de clôture</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is connected and switched on.</source>
            <translation>L’imprimante n’a pas pu démarrer. Vérifiez qu’elle est branchée et allumée.</translation>
        </message>
        <message>
            <source>The report could not be printed completely. Check the printer and try again.</source>
            <translation>Le rapport n’a pas pu être imprimé entièrement. Vérifiez l’imprimante et réessayez.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l’imprimante.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DemoPortal</name>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>Preparing the demo portal…</source>
            <translation>Préparation du portail de démonstration…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Signing in to the demo portal and syncing…
%Ln transactions received</source>
            <translation>
                <numerusform>Connexion au portail de démonstration et synchronisation…
%Ln transaction reçue</numerusform>
                <numerusform>Connexion au portail de démonstration et synchronisation…
%Ln transactions reçues</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo portal cannot start: %1</source>
            <translation>Le portail de démonstration ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>The demo portal cannot listen on this computer's loopback address.</source>
            <translation>Le portail de démonstration ne peut pas écouter sur l’adresse de bouclage (loopback) de cet ordinateur.</translation>
        </message>
        <message>
            <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
            <translation>Impossible de remplacer les anciennes données de démonstration dans %1. Fermez les autres fenêtres de Comptoir et réessayez.</translation>
        </message>
        <message>
            <source>The demo portal cannot be prepared: %1</source>
            <translation>Impossible de préparer le portail de démonstration : %1</translation>
        </message>
        <message>
            <source>The demo data cannot be written to %1.</source>
            <translation>Impossible d’écrire les données de démonstration dans %1.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ExportDialog</name>
        <message>
            <source>Export transactions</source>
            <translation>Exporter les transactions</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil :</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>Aucun profil</translation>
        </message>
        <message>
            <source>Saved export settings, for exporting the same way again.</source>
            <translation>Réglages d’export enregistrés, pour exporter à nouveau de la même façon.</translation>
        </message>
        <message>
            <source>&amp;Save as profile…</source>
            <translation>&amp;Enregistrer comme profil…</translation>
        </message>
        <message>
            <source>Keep these settings under a name. A profile that exports only what is new remembers what it has exported.</source>
            <translation>Conservez ces réglages sous un nom. Un profil qui n’exporte que les nouveautés se souvient de ce qu’il a déjà exporté.</translation>
        </message>
        <message>
            <source>&amp;Delete profile</source>
            <translation>&amp;Supprimer le profil</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Que faut-il exporter ?</translation>
        </message>
        <message>
            <source>The transactions shown on the &amp;Transactions page</source>
            <translation>Les transactions affichées sur la page &amp;Transactions</translation>
        </message>
        <message>
            <source>B&amp;usiness days and locations</source>
            <translation>&amp;Jours d’activité et emplacements</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>a&amp;u :</translation>
        </message>
        <message>
            <source>Only what is &amp;new since the last export of this profile</source>
            <translation>Seulement ce qui est &amp;nouveau depuis le dernier export de ce profil</translation>
        </message>
        <message>
            <source>Starting from</source>
            <translation>À partir du</translation>
        </message>
        <message>
            <source>&amp;Locations:</source>
            <translation>E&amp;mplacements :</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Fo&amp;rmat:</source>
            <translation>Fo&amp;rmat :</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV text file (.csv)</source>
            <translation>Fichier texte CSV (.csv)</translation>
        </message>
        <message>
            <source>The workbook holds the transactions and summaries by day, location and payment method; a CSV file holds the transactions only.</source>
            <translation>Le classeur contient les transactions et des récapitulatifs par jour, emplacement et moyen de paiement ; un fichier CSV ne contient que les transactions.</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the file:</source>
            <translation>&amp;Langue du fichier :</translation>
        </message>
        <message>
            <source>Statuses, payment methods and column headers are written in this language, whatever the language of Comptoir.</source>
            <translation>Les statuts, les moyens de paiement et les en-têtes de colonnes sont écrits dans cette langue, quelle que soit la langue de Comptoir.</translation>
        </message>
        <message>
            <source>Sep&amp;arator:</source>
            <translation>Sép&amp;arateur :</translation>
        </message>
        <message>
            <source>As usual for the language</source>
            <translation>Comme d’usage pour la langue</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>Point-virgule ;</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>Virgule ,</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <source>Deci&amp;mal mark:</source>
            <translation>Si&amp;gne décimal :</translation>
        </message>
        <message>
            <source>Point .</source>
            <translation>Point .</translation>
        </message>
        <message>
            <source>&amp;ISO dates (2026-12-31)</source>
            <translation>Dates &amp;ISO (2026-12-31)</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>Enregistrer &amp;vers :</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Parc&amp;ourir…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>à partir du %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>jusqu’au %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>tous les jours</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>tous les emplacements</translation>
        </message>
        <message>
            <source>search “%1”</source>
            <translation>recherche « %1 »</translation>
        </message>
        <message>
            <source>one day close</source>
            <translation>une clôture de journée</translation>
        </message>
        <message>
            <source>A transaction that changed after it was exported — a status set by hand, a chargeback, a refund — comes back in the next export as two rows: a reversal of what was sent (the amount negated) and its new version. Book every row and nothing is counted twice.</source>
            <translation>Une transaction modifiée après son export — un statut défini manuellement, un chargeback, un remboursement — revient dans l’export suivant sur deux lignes : une contre-passation de ce qui avait été envoyé (le montant inversé) et sa nouvelle version. Comptabilisez chaque ligne et rien n’est compté deux fois.</translation>
        </message>
        <message numerus="yes">
            <source>Export %1 of “%2” was made on %3 (%Ln rows); the next holds only what is new or changed since.</source>
            <translation>
                <numerusform>L’export %1 de « %2 » a été fait le %3 (%Ln ligne) ; le suivant ne contiendra que ce qui est nouveau ou modifié depuis.</numerusform>
                <numerusform>L’export %1 de « %2 » a été fait le %3 (%Ln lignes) ; le suivant ne contiendra que ce qui est nouveau ou modifié depuis.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has not exported anything yet: its first export holds every transaction of its locations (from the day chosen).</source>
            <translation>« %1 » n’a encore rien exporté : son premier export contiendra chaque transaction de ses emplacements (à partir du jour choisi).</translation>
        </message>
        <message>
            <source>Save the settings as a profile (on Export you are asked for a name): its first export holds every transaction of its locations, each later one only what is new or changed since.</source>
            <translation>Enregistrez les réglages comme profil (un nom vous est demandé à l’export) : son premier export contiendra chaque transaction de ses emplacements, chaque export suivant seulement ce qui est nouveau ou modifié depuis.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Your account may not export transactions of any location. An administrator can give you the Export permission in the portal.</source>
            <translation>Votre compte ne peut exporter les transactions d’aucun emplacement. Un administrateur peut vous donner le droit Export dans le portail.</translation>
        </message>
        <message>
            <source>Transactions %1 to %2</source>
            <translation>Transactions %1 au %2</translation>
        </message>
        <message>
            <source>Transactions %1</source>
            <translation>Transactions %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation>Comptable</translation>
        </message>
        <message>
            <source>Save as profile</source>
            <translation>Enregistrer comme profil</translation>
        </message>
        <message>
            <source>Name of the profile:</source>
            <translation>Nom du profil :</translation>
        </message>
        <message>
            <source>The profile “%1” is saved.</source>
            <translation>Le profil « %1 » est enregistré.</translation>
        </message>
        <message>
            <source>Delete the profile “%1”? Comptoir then forgets what it has exported: a new profile would export everything again.</source>
            <translation>Supprimer le profil « %1 » ? Comptoir oublie alors ce qu’il a exporté : un nouveau profil exporterait tout à nouveau.</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Supprimer le profil</translation>
        </message>
        <message>
            <source>The profile “%1” is deleted.</source>
            <translation>Le profil « %1 » est supprimé.</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Choisissez où enregistrer le fichier.</translation>
        </message>
        <message>
            <source>The first day comes after the last one.</source>
            <translation>Le premier jour est après le dernier.</translation>
        </message>
        <message>
            <source>Choose at least one location.</source>
            <translation>Choisissez au moins un emplacement.</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>Replace file</source>
            <translation>Remplacer le fichier</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Écriture du fichier…</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 sur %2 transactions</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
        <message>
            <source>Export %1 of the profile: %2 new, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1 du profil : %2 nouveaux, %3 rectifiés (chacun sous forme de contre-passation et de nouvelle version).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::FilterBar</name>
        <message>
            <source>Custom range…</source>
            <translation>Période personnalisée…</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Which days to show</source>
            <translation>Les jours à afficher</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n emplacement</numerusform>
                <numerusform>%n emplacements</numerusform>
            </translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Tous les terminaux</translation>
        </message>
        <message numerus="yes">
            <source>%n terminals</source>
            <translation>
                <numerusform>%n terminal</numerusform>
                <numerusform>%n terminaux</numerusform>
            </translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminaux</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message numerus="yes">
            <source>%n statuses</source>
            <translation>
                <numerusform>%n statut</numerusform>
                <numerusform>%n statuts</numerusform>
            </translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Statuts</translation>
        </message>
        <message>
            <source>All payment methods</source>
            <translation>Tous les moyens de paiement</translation>
        </message>
        <message numerus="yes">
            <source>%n payment methods</source>
            <translation>
                <numerusform>%n moyen de paiement</numerusform>
                <numerusform>%n moyens de paiement</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>All processors</source>
            <translation>Tous les processeurs</translation>
        </message>
        <message numerus="yes">
            <source>%n processors</source>
            <translation>
                <numerusform>%n processeur</numerusform>
                <numerusform>%n processeurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Processeurs</translation>
        </message>
        <message>
            <source>Who processed the payment: CCV, or another acquirer or voucher issuer</source>
            <translation>Qui a traité le paiement : CCV, ou un autre acquéreur ou émetteur de titres-repas</translation>
        </message>
        <message>
            <source>Status set:</source>
            <translation>Statut défini :</translation>
        </message>
        <message>
            <source>automatically or by hand</source>
            <translation>automatiquement ou manuellement</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatiquement</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuellement</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Montant :</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Smallest amount</source>
            <translation>Montant minimum</translation>
        </message>
        <message>
            <source>Largest amount</source>
            <translation>Montant maximum</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Reference or last 4 card digits</source>
            <translation>Référence ou 4 derniers chiffres de la carte</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Day close %1 · %2</source>
            <comment>period sequence number · terminal name</comment>
            <translation>Clôture %1 · %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type it as you would write it, for example %2.</source>
            <translation>« %1 » n’est pas un montant. Tapez-le comme vous l’écririez, par exemple %2.</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>Plus de filtres</translation>
        </message>
        <message>
            <source>More filters (%1)</source>
            <translation>Plus de filtres (%1)</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <comment>an hour of the day: from – to</comment>
            <translation>%1–%2</translation>
        </message>
    </context>
    <context>
        <name>comptoir::HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Comptoir</source>
            <translation>À &amp;propos de Comptoir</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LocationTreeModel</name>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>À l’instant</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Aujourd’hui, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Hier, %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal:</source>
            <translation>En conflit avec une modification sur le portail :</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>En attente du portail :</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Désactivé le %1</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>À %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>App versions</source>
            <translation>Versions des applications</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernier contact</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%n actif</numerusform>
                <numerusform>%n actifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n deactivated</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%1, %n désactivé</numerusform>
                <numerusform>%1, %n désactivés</numerusform>
            </translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LocationsPage</name>
        <message>
            <source>There is no “New location”: CCV creates a location when a terminal is ordered for a new address. You can rename locations, and move a terminal to another location by dragging it there or with “Move to”.</source>
            <translation>Il n’y a pas de « Nouvel emplacement » : CCV crée un emplacement quand un terminal est commandé pour une nouvelle adresse. Vous pouvez renommer les emplacements et déplacer un terminal vers un autre emplacement en le faisant glisser ou avec « Déplacer vers ».</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Rename the selected location or terminal (F2)</source>
            <translation>Renommer l’emplacement ou le terminal sélectionné (F2)</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>Move the selected terminals to another location (Ctrl+M), or drag them there</source>
            <translation>Déplacer les terminaux sélectionnés vers un autre emplacement (Ctrl+M), ou les y faire glisser</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Désactiver…</translation>
        </message>
        <message>
            <source>Deactivate the selected terminal, so that a replacement can take over its name (Del)</source>
            <translation>Désactiver le terminal sélectionné, pour qu’un remplaçant puisse reprendre son nom (Suppr)</translation>
        </message>
        <message>
            <source>Move to ▾</source>
            <translation>Déplacer vers ▾</translation>
        </message>
        <message>
            <source>Show deactivated terminals</source>
            <translation>Afficher les terminaux désactivés</translation>
        </message>
        <message>
            <source>Find a location or terminal</source>
            <translation>Trouver un emplacement ou un terminal</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Emplacements et terminaux</translation>
        </message>
        <message>
            <source>Your user groups give you no locations to manage here.</source>
            <translation>Vos groupes d’utilisateurs ne vous donnent ici aucun emplacement à gérer.</translation>
        </message>
        <message>
            <source>There are no locations in the cache yet. They arrive with the next sync.</source>
            <translation>Il n’y a pas encore d’emplacements dans le cache. Ils arriveront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Rename location</source>
            <translation>Renommer l’emplacement</translation>
        </message>
        <message>
            <source>New name for the location “%1” (at most %2 characters):</source>
            <translation>Nouveau nom de l’emplacement « %1 » (%2 caractères au plus) :</translation>
        </message>
        <message>
            <source>Rename terminal</source>
            <translation>Renommer le terminal</translation>
        </message>
        <message>
            <source>New name for the terminal “%1” at %2 (at most %3 characters). No other active terminal may have the same name.</source>
            <translation>Nouveau nom du terminal « %1 » à %2 (%3 caractères au plus). Aucun autre terminal actif ne peut porter le même nom.</translation>
        </message>
        <message>
            <source>Your user groups do not allow moving “%1” to “%2”.</source>
            <translation>Vos groupes d’utilisateurs ne permettent pas de déplacer « %1 » vers « %2 ».</translation>
        </message>
        <message>
            <source>Move terminal</source>
            <translation>Déplacer le terminal</translation>
        </message>
        <message>
            <source>%1, serial number %2</source>
            <translation>%1, numéro de série %2</translation>
        </message>
        <message>
            <source>Deactivate the terminal “%1” (%2) at %3?</source>
            <translation>Désactiver le terminal « %1 » (%2) à %3 ?</translation>
        </message>
        <message>
            <source>Deactivating frees the name “%1”: a replacement terminal can then sign in under this name and take over this terminal's transaction history.</source>
            <translation>La désactivation libère le nom « %1 » : un terminal de remplacement pourra alors se connecter sous ce nom et reprendre l’historique des transactions de ce terminal.</translation>
        </message>
        <message>
            <source>A deactivation cannot be undone from Comptoir.</source>
            <translation>Une désactivation ne peut pas être annulée depuis Comptoir.</translation>
        </message>
        <message>
            <source>Deactivate terminal</source>
            <translation>Désactiver le terminal</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Locations: %1 · active terminals: %2 · deactivated: %3</source>
            <translation>Emplacements : %1 · terminaux actifs : %2 · désactivés : %3</translation>
        </message>
        <message>
            <source>Select a location or a terminal to see its details.</source>
            <translation>Sélectionnez un emplacement ou un terminal pour voir ses détails.</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 sélectionné(s)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminaux</translation>
        </message>
        <message>
            <source>Your user groups do not allow renaming this location.</source>
            <translation>Vos groupes d’utilisateurs ne permettent pas de renommer cet emplacement.</translation>
        </message>
        <message>
            <source>Your user groups do not allow changing the terminals of this location.</source>
            <translation>Vos groupes d’utilisateurs ne permettent pas de modifier les terminaux de cet emplacement.</translation>
        </message>
        <message>
            <source>Terminal at %1</source>
            <translation>Terminal à %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Désactivé le %1</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>(%1 elsewhere)</source>
            <translation>(%1 ailleurs)</translation>
        </message>
        <message>
            <source>Apps</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>Aucune signalée</translation>
        </message>
        <message>
            <source>Its name is free: a replacement terminal can sign in under it and take over its history.</source>
            <translation>Son nom est libre : un terminal de remplacement peut se connecter sous ce nom et reprendre son historique.</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal — see “Changes waiting for the portal”:</source>
            <translation>En conflit avec une modification sur le portail — voir « Modifications en attente du portail » :</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>En attente du portail :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LogoDialog</name>
        <message>
            <source>Receipt logo</source>
            <translation>Logo du ticket</translation>
        </message>
        <message>
            <source>Drag a rectangle over the part of the image to keep.</source>
            <translation>Tracez un rectangle sur la partie de l’image à garder.</translation>
        </message>
        <message>
            <source>&amp;Whole image</source>
            <translation>&amp;Image entière</translation>
        </message>
        <message>
            <source>&amp;Trim white borders</source>
            <translation>&amp;Rogner les bords blancs</translation>
        </message>
        <message>
            <source>Wi&amp;dth:</source>
            <translation>Lar&amp;geur :</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> points</translation>
        </message>
        <message>
            <source>&amp;Automatic</source>
            <translation>&amp;Automatique</translation>
        </message>
        <message>
            <source>As wide as the paper, unless that makes the logo higher than 24 mm.</source>
            <translation>Aussi large que le papier, sauf si le logo dépasse alors 24 mm de haut.</translation>
        </message>
        <message>
            <source>&amp;Brightness:</source>
            <translation>&amp;Luminosité :</translation>
        </message>
        <message>
            <source>Lighter to the right: fewer black dots.</source>
            <translation>Plus clair vers la droite : moins de points noirs.</translation>
        </message>
        <message>
            <source>T&amp;hreshold:</source>
            <translation>&amp;Seuil :</translation>
        </message>
        <message>
            <source>Grey darker than this prints black; the difference is spread over the next dots (Floyd–Steinberg), so shades become patterns of dots.</source>
            <translation>Un gris plus foncé que ce seuil s’imprime en noir ; la différence est répartie sur les points suivants (Floyd-Steinberg), de sorte que les nuances deviennent des motifs de points.</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Réinitialiser</translation>
        </message>
        <message>
            <source>What the printer prints, dot for dot:</source>
            <translation>Ce que l’imprimante imprime, point par point :</translation>
        </message>
        <message>
            <source>Use this logo</source>
            <translation>Utiliser ce logo</translation>
        </message>
        <message>
            <source>Nothing is left to print: the part kept is blank. Choose another part, or the whole image.</source>
            <translation>Il ne reste rien à imprimer : la partie gardée est vide. Choisissez une autre partie, ou l’image entière.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm) on %5 mm paper, %6 KiB.</source>
            <translation>%1 × %2 points (%3 × %4 mm) sur papier de %5 mm, %6 Kio.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>Comptoir — %1</source>
            <translation>Comptoir — %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>merchant (account e-mail)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The local cache file</source>
            <translation>Le fichier de cache local</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in the cache</source>
            <translation>
                <numerusform>%Ln transaction dans le cache</numerusform>
                <numerusform>%Ln transactions dans le cache</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the sync. What has arrived so far is kept.</source>
            <translation>Arrêter la synchronisation. Ce qui a déjà été reçu est conservé.</translation>
        </message>
        <message>
            <source>&amp;Portal</source>
            <translation>&amp;Portail</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>&amp;Changes waiting for the portal…</source>
            <translation>&amp;Modifications en attente pour le portail…</translation>
        </message>
        <message>
            <source>&amp;Background sync</source>
            <translation>Synchronisation en &amp;arrière-plan</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Chaque %n minute</numerusform>
                <numerusform>Toutes les %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>Tout est à jour.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new or changed transactions.</source>
            <translation>
                <numerusform>%Ln transaction nouvelle ou modifiée.</numerusform>
                <numerusform>%Ln transactions nouvelles ou modifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync stopped. What had arrived is kept.</source>
            <translation>Synchronisation arrêtée. Ce qui avait déjà été reçu est conservé.</translation>
        </message>
        <message>
            <source>The portal did not take all your changes: see what needs your attention.</source>
            <translation>Le portail n’a pas accepté toutes vos modifications : consultez ce qui requiert votre attention.</translation>
        </message>
        <message>
            <source>Offline: no portal sign-in</source>
            <translation>Hors ligne : pas de connexion au portail</translation>
        </message>
        <message>
            <source>This cache is shown as it was last synced.</source>
            <translation>Ce cache est affiché tel qu’il était lors de la dernière synchronisation.</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● En ligne</translation>
        </message>
        <message>
            <source>The portal answered the last sync.</source>
            <translation>Le portail a répondu lors de la dernière synchronisation.</translation>
        </message>
        <message>
            <source>○ Offline</source>
            <translation>○ Hors ligne</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last synced just now</source>
            <translation>Synchronisé à l’instant</translation>
        </message>
        <message numerus="yes">
            <source>Last synced %n minutes ago</source>
            <translation>
                <numerusform>Synchronisé il y a %n minute</numerusform>
                <numerusform>Synchronisé il y a %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced at %1</source>
            <translation>Dernière synchronisation à %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention</source>
            <translation>
                <numerusform>%n modification requiert votre attention</numerusform>
                <numerusform>%n modifications requièrent votre attention</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo portal</source>
            <translation>Portail de démonstration</translation>
        </message>
        <message>
            <source>Synced from the demo portal running inside Comptoir, kept in %1</source>
            <translation>Synchronisé avec le portail de démonstration intégré à Comptoir, conservé dans %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for the portal</source>
            <translation>
                <numerusform>%n modification en attente pour le portail</numerusform>
                <numerusform>%n modifications en attente pour le portail</numerusform>
            </translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Clôtures de journée</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Emplacements et terminaux</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Syncing (%1): %2 transactions, %3 day closes</source>
            <comment>%1 is the step, e.g. “Transactions”</comment>
            <translation>Synchronisation (%1) : %2 transactions, %3 clôtures</translation>
        </message>
        <message>
            <source>Last synced on %1</source>
            <translation>Dernière synchronisation le %1</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export the transactions to Excel or CSV for the bookkeeping</source>
            <translation>Exporter les transactions vers Excel ou CSV pour la comptabilité</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OutboxDialog</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Désactivé le %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Défini par</translation>
        </message>
        <message>
            <source>The terminal, automatically</source>
            <translation>Le terminal, automatiquement</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Manuellement</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Défini le</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Aucun logo</translation>
        </message>
        <message>
            <source>A logo</source>
            <translation>Un logo</translation>
        </message>
        <message>
            <source>Customer receipt</source>
            <translation>Ticket client</translation>
        </message>
        <message>
            <source>Printed after every payment</source>
            <translation>Imprimé après chaque paiement</translation>
        </message>
        <message>
            <source>Printed when the customer asks</source>
            <translation>Imprimé à la demande du client</translation>
        </message>
        <message>
            <source>Changes waiting for the portal</source>
            <translation>Modifications en attente pour le portail</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Votre modification</translation>
        </message>
        <message>
            <source>On the portal now</source>
            <translation>Actuellement sur le portail</translation>
        </message>
        <message>
            <source>Your change and the portal's version</source>
            <translation>Votre modification et la version du portail</translation>
        </message>
        <message>
            <source>&amp;Keep my change</source>
            <translation>&amp;Conserver ma modification</translation>
        </message>
        <message>
            <source>Your change is sent to the portal again, on top of the portal's version.</source>
            <translation>Votre modification est renvoyée au portail et appliquée par-dessus la version du portail.</translation>
        </message>
        <message>
            <source>&amp;Use the portal's version</source>
            <translation>&amp;Utiliser la version du portail</translation>
        </message>
        <message>
            <source>Your change is dropped: this computer shows the portal's version.</source>
            <translation>Votre modification est abandonnée : cet ordinateur affiche la version du portail.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Removes it from this list. The change stays undone.</source>
            <translation>La retire de cette liste. La modification reste annulée.</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En attente d’envoi</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflit : choisissez une version</translation>
        </message>
        <message>
            <source>Refused by the portal</source>
            <translation>Refusée par le portail</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>Every change you made has reached the portal.</source>
            <translation>Toutes vos modifications sont parvenues au portail.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent to the portal at the next sync. The portal decides: until then, Comptoir shows them as you made them.</source>
            <translation>
                <numerusform>%n modification sera envoyée au portail lors de la prochaine synchronisation. C’est le portail qui décide : d’ici là, Comptoir l’affiche telle que vous l’avez faite.</numerusform>
                <numerusform>%n modifications seront envoyées au portail lors de la prochaine synchronisation. C’est le portail qui décide : d’ici là, Comptoir les affiche telles que vous les avez faites.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention. Select one to see what happened and what you can do; closing this window leaves everything as it is.</source>
            <translation>
                <numerusform>%n modification requiert votre attention. Sélectionnez-la pour voir ce qui s’est passé et ce que vous pouvez faire ; fermer cette fenêtre ne change rien.</numerusform>
                <numerusform>%n modifications requièrent votre attention. Sélectionnez-en une pour voir ce qui s’est passé et ce que vous pouvez faire ; fermer cette fenêtre ne change rien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is waiting.</source>
            <translation>Rien n’est en attente.</translation>
        </message>
        <message>
            <source>Select a change to see it here.</source>
            <translation>Sélectionnez une modification pour l’afficher ici.</translation>
        </message>
        <message>
            <source>Waiting for an earlier change of the same item, which needs your attention first. Comptoir sends this one after it.</source>
            <translation>En attente d’une modification antérieure du même élément, qui requiert d’abord votre attention. Comptoir enverra celle-ci ensuite.</translation>
        </message>
        <message>
            <source>Waiting to be sent. Comptoir sends it at the next sync; this computer already shows it.</source>
            <translation>En attente d’envoi. Comptoir l’enverra lors de la prochaine synchronisation ; cet ordinateur l’affiche déjà.</translation>
        </message>
        <message>
            <source>The portal refused this change: %1

Comptoir has undone it on this computer, which shows the portal's version again.</source>
            <translation>Le portail a refusé cette modification : %1

Comptoir l’a annulée sur cet ordinateur, qui affiche de nouveau la version du portail.</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>il n’a donné aucune raison.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Quelqu’un a modifié cet élément sur le portail après votre modification.</translation>
        </message>
        <message>
            <source>Choose which version to keep.</source>
            <translation>Choisissez la version à conserver.</translation>
        </message>
        <message>
            <source>(not on the portal)</source>
            <translation>(absent du portail)</translation>
        </message>
        <message>
            <source>The two versions differ here</source>
            <translation>Les deux versions diffèrent ici</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>centré</translation>
        </message>
        <message>
            <source>right</source>
            <translation>à droite</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>gras</translation>
        </message>
        <message>
            <source>double height</source>
            <translation>double hauteur</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>%1 mm, small text</source>
            <translation>%1 mm, petit texte</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, texte normal</translation>
        </message>
        <message>
            <source>Header (%1)</source>
            <translation>En-tête (%1)</translation>
        </message>
        <message>
            <source>Footer (%1)</source>
            <translation>Pied de page (%1)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PeriodTableModel</name>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Conservé</translation>
        </message>
        <message>
            <source>On the portal</source>
            <translation>Sur le portail</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>The day-close report is kept in this cache: it opens offline too.</source>
            <translation>Le rapport de clôture est conservé dans ce cache : il s’ouvre aussi hors ligne.</translation>
        </message>
        <message>
            <source>The report is downloaded from the portal the first time you open it, then kept.</source>
            <translation>Le rapport est téléchargé depuis le portail la première fois que vous l’ouvrez, puis conservé.</translation>
        </message>
        <message>
            <source>The period is still open: its report exists once the terminal closes the day.</source>
            <translation>La période est encore ouverte : son rapport existera quand le terminal clôturera la journée.</translation>
        </message>
        <message>
            <source>Net total of the period, as the portal counts it</source>
            <translation>Total net de la période, tel que le portail le compte</translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s) in the period</source>
            <translation>
                <numerusform>%n transaction dans la période</numerusform>
                <numerusform>%n transactions dans la période</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of transactions in the period</source>
            <translation>Nombre de transactions dans la période</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>No.</source>
            <comment>period sequence number</comment>
            <translation>N°</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Count</source>
            <comment>number of transactions</comment>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptLinesModel</name>
        <message>
            <source>Left</source>
            <translation>À gauche</translation>
        </message>
        <message>
            <source>Centred</source>
            <translation>Centré</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>À droite</translation>
        </message>
        <message>
            <source>%1 characters: a line holds %2 here.</source>
            <translation>%1 caractères : une ligne en contient %2 ici.</translation>
        </message>
        <message>
            <source>The terminals cannot print %1.</source>
            <translation>Les terminaux ne peuvent pas imprimer %1.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Characters on this line, and how many fit on the paper in this text size.</source>
            <translation>Caractères sur cette ligne, et combien tiennent sur le papier dans cette taille de texte.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longueur</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Alignement</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Double height</source>
            <translation>Double hauteur</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptLocationModel</name>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflit : choisissez une version</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>En attente du portail</translation>
        </message>
        <message>
            <source>Verifone: set by CCV support</source>
            <translation>Verifone : réglé par le support de CCV</translation>
        </message>
        <message>
            <source>No active terminal</source>
            <translation>Aucun terminal actif</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPreview</name>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Customer's receipt</source>
            <translation>Ticket client</translation>
        </message>
        <message>
            <source>Merchant's receipt</source>
            <translation>Ticket commerçant</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom :</translation>
        </message>
        <message>
            <source>At 100 % one printed dot is one pixel of the screen.</source>
            <translation>À 100 %, un point imprimé correspond à un pixel de l’écran.</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Aperçu du ticket</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajusté</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptsPage</name>
        <message>
            <source>There are no locations in the cache yet. Sync with the portal first.</source>
            <translation>Le cache ne contient encore aucun emplacement. Synchronisez d’abord avec le portail.</translation>
        </message>
        <message>
            <source>Your user groups on the portal do not include Receipts for any location. Ask your administrator.</source>
            <translation>Vos groupes d’utilisateurs sur le portail n’incluent Tickets pour aucun emplacement. Adressez-vous à votre administrateur.</translation>
        </message>
        <message>
            <source>%1 characters per line.</source>
            <translation>%1 caractères par ligne.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <source>The logo cannot be read</source>
            <translation>Impossible de lire le logo</translation>
        </message>
        <message>
            <source>Receipts start with the header lines.</source>
            <translation>Les tickets commencent par les lignes d’en-tête.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm), %5 KiB.</source>
            <translation>%1 × %2 points (%3 × %4 mm), %5 Kio.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts. Call CCV support to change what they print. This is the layout the portal keeps for the location; it is shown, not used.</source>
            <translation>Les terminaux de cet emplacement sont des terminaux Verifone : c’est le support de CCV qui modifie leurs tickets. Appelez le support de CCV pour changer ce qu’ils impriment. Voici la mise en page que le portail conserve pour l’emplacement ; elle est affichée, pas utilisée.</translation>
        </message>
        <message>
            <source>No terminal is active at this location. A receipt layout is for the PAX terminals of a location; it can be changed once one is active there.</source>
            <translation>Aucun terminal n’est actif à cet emplacement. Une mise en page de ticket est destinée aux terminaux PAX d’un emplacement ; elle pourra être modifiée dès qu’un terminal y sera actif.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync with the portal (F5) to edit it.</source>
            <translation>Le ticket de cet emplacement ne figure pas encore dans le cache. Synchronisez avec le portail (F5) pour le modifier.</translation>
        </message>
        <message>
            <source>Nobody is signed in: receipts are only shown. Sign in to change them.</source>
            <translation>Personne n’est connecté : les tickets sont seulement affichés. Connectez-vous pour les modifier.</translation>
        </message>
        <message>
            <source>Someone changed this receipt on the portal after your last change. Choose which version to keep; until then, new changes wait behind it.</source>
            <translation>Quelqu’un a modifié ce ticket sur le portail après votre dernière modification. Choisissez la version à garder ; d’ici là, les nouvelles modifications attendent derrière elle.</translation>
        </message>
        <message>
            <source>The portal's version of this receipt changed while you were editing. Saving replaces it with yours; Revert shows the portal's.</source>
            <translation>La version de ce ticket sur le portail a changé pendant que vous le modifiiez. Enregistrer la remplace par la vôtre ; Rétablir affiche celle du portail.</translation>
        </message>
        <message>
            <source>Your last change is waiting to be sent to the portal: it goes with the next sync.</source>
            <translation>Votre dernière modification attend d’être envoyée au portail : elle partira avec la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>This location also has Verifone terminals: they keep the receipt CCV support set up for them. This layout is for its PAX terminals.</source>
            <translation>Cet emplacement a aussi des terminaux Verifone : ils gardent le ticket que le support de CCV a configuré pour eux. Cette mise en page est destinée à ses terminaux PAX.</translation>
        </message>
        <message>
            <source>The terminals can print this receipt as it is.</source>
            <translation>Les terminaux peuvent imprimer ce ticket tel quel.</translation>
        </message>
        <message>
            <source>Fix what is listed under “Before saving” first.</source>
            <translation>Corrigez d’abord ce qui figure sous « Avant d’enregistrer ».</translation>
        </message>
        <message>
            <source>Save this receipt first: what is saved is copied.</source>
            <translation>Enregistrez d’abord ce ticket : c’est ce qui est enregistré qui est copié.</translation>
        </message>
        <message>
            <source>Printed after every payment.</source>
            <translation>Imprimé après chaque paiement.</translation>
        </message>
        <message>
            <source>Printed only when the customer asks for it after the payment.</source>
            <translation>Imprimé seulement si le client le demande après le paiement.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The receipt of “%1” has changes that are not saved.</source>
            <translation>Le ticket de « %1 » comporte des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Import a logo</source>
            <translation>Importer un logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.svg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file cannot be a logo</source>
            <translation>Ce fichier ne peut pas servir de logo</translation>
        </message>
        <message>
            <source>The receipt cannot be saved yet</source>
            <translation>Le ticket ne peut pas encore être enregistré</translation>
        </message>
        <message>
            <source>The terminals could not print it:
%1</source>
            <translation>Les terminaux ne pourraient pas l’imprimer :
%1</translation>
        </message>
        <message>
            <source>The receipt cannot be saved</source>
            <translation>Impossible d’enregistrer le ticket</translation>
        </message>
        <message>
            <source>Saved. The change is sent to the portal with the next sync.</source>
            <translation>Enregistré. La modification est envoyée au portail lors de la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>« %1 » : %2</translation>
        </message>
        <message>
            <source>The receipt was not copied</source>
            <translation>Le ticket n’a pas été copié</translation>
        </message>
        <message>
            <source>Nothing was copied. %1</source>
            <translation>Rien n’a été copié. %1</translation>
        </message>
        <message numerus="yes">
            <source>Copied to %n location(s). The changes are sent to the portal with the next sync.</source>
            <translation>
                <numerusform>Copié vers %n emplacement. Les modifications sont envoyées au portail lors de la prochaine synchronisation.</numerusform>
                <numerusform>Copié vers %n emplacements. Les modifications sont envoyées au portail lors de la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>What the PAX terminals of each location print: a logo at the top, your texts above and under the payment, in the language of the receipt. The preview shows it dot for dot.</source>
            <translation>Ce qu’impriment les terminaux PAX de chaque emplacement : un logo en haut, vos textes au-dessus et en dessous du paiement, dans la langue du ticket. L’aperçu le montre point par point.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <source>58 mm (384 dots)</source>
            <translation>58 mm (384 points)</translation>
        </message>
        <message>
            <source>80 mm (576 dots)</source>
            <translation>80 mm (576 points)</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Petite</translation>
        </message>
        <message>
            <source>The paper in the terminals' printer: most PAX terminals take 58 mm rolls.</source>
            <translation>Le papier de l’imprimante des terminaux : la plupart des terminaux PAX prennent des rouleaux de 58 mm.</translation>
        </message>
        <message>
            <source>Print the &amp;customer receipt by default</source>
            <translation>Imprimer le ticket &amp;client par défaut</translation>
        </message>
        <message>
            <source>When this is off, the terminal prints only the merchant's receipt; the customer can still get a receipt after the payment.</source>
            <translation>Si cette option est désactivée, le terminal n’imprime que le ticket commerçant ; le client peut toujours obtenir un ticket après le paiement.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>A PNG, JPEG, BMP or SVG image. It is made black and white for the printer.</source>
            <translation>Une image PNG, JPEG, BMP ou SVG. Elle est convertie en noir et blanc pour l’imprimante.</translation>
        </message>
        <message>
            <source>&amp;Adjust…</source>
            <translation>&amp;Ajuster…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Textes</translation>
        </message>
        <message>
            <source>&amp;Header: under the logo, above the payment</source>
            <translation>&amp;En-tête : sous le logo, au-dessus du paiement</translation>
        </message>
        <message>
            <source>&amp;Footer: under the payment, on the customer's receipt (return conditions, offers)</source>
            <translation>&amp;Pied de page : sous le paiement, sur le ticket client (conditions d’échange, offres)</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Before saving</source>
            <translation>Avant d’enregistrer</translation>
        </message>
        <message>
            <source>What the terminals could not print</source>
            <translation>Ce que les terminaux ne pourraient pas imprimer</translation>
        </message>
        <message>
            <source>Replace with printable characters</source>
            <translation>Remplacer par des caractères imprimables</translation>
        </message>
        <message>
            <source>Puts lookalikes the terminals print in place of the characters they cannot: a normal no-break space for a narrow one, c for č, - for other dashes.</source>
            <translation>Remplace les caractères que les terminaux ne peuvent pas imprimer par des équivalents qu’ils impriment : une espace insécable normale pour une fine, c pour č, - pour les autres tirets.</translation>
        </message>
        <message>
            <source>C&amp;opy to other locations…</source>
            <translation>C&amp;opier vers d’autres emplacements…</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Show both versions…</source>
            <translation>Afficher les deux versions…</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SettingsPage</name>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Comme le système (%1)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Only when I ask (Sync now)</source>
            <translation>Seulement à ma demande (Synchroniser maintenant)</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Chaque %n minute</numerusform>
                <numerusform>Toutes les %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on the demo portal inside Comptoir</source>
            <translation>%1 sur le portail de démonstration intégré à Comptoir</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>No portal account: this cache is shown as it is.</source>
            <translation>Pas de compte portail : ce cache est affiché tel quel.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SignInDialog</name>
        <message>
            <source>Sign in to the portal</source>
            <translation>Connexion au portail</translation>
        </message>
        <message>
            <source>Sign in to your portal account</source>
            <translation>Connectez-vous à votre compte du portail</translation>
        </message>
        <message>
            <source>Comptoir keeps a copy of your payments on this computer and brings it up to date from the portal. Use the e-mail address and password you sign in to the portal with.</source>
            <translation>Comptoir conserve une copie de vos paiements sur cet ordinateur et la met à jour à partir du portail. Utilisez l’adresse e-mail et le mot de passe avec lesquels vous vous connectez au portail.</translation>
        </message>
        <message>
            <source>The portal's address, as in your browser's address bar</source>
            <translation>L’adresse du portail, telle qu’elle apparaît dans la barre d’adresse de votre navigateur</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nom@example.com</translation>
        </message>
        <message>
            <source>The six-digit code your authenticator app shows for this account</source>
            <translation>Le code à six chiffres que votre application d’authentification affiche pour ce compte</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Se souvenir de moi sur cet ordinateur</translation>
        </message>
        <message>
            <source>Keeps the sign-in in the computer's keychain, so that Comptoir does not ask for the password again until the sign-in expires.</source>
            <translation>Conserve la connexion dans le trousseau de l’ordinateur, afin que Comptoir ne redemande pas le mot de passe avant l’expiration de la connexion.</translation>
        </message>
        <message>
            <source>Also remember my &amp;password</source>
            <translation>Mémoriser aussi mon mot de &amp;passe</translation>
        </message>
        <message>
            <source>Keeps the password in the computer's keychain as well, so that Comptoir can sign in again by itself when the sign-in expires. Not for accounts with two-step verification: those need a code each time.</source>
            <translation>Conserve aussi le mot de passe dans le trousseau de l’ordinateur, afin que Comptoir puisse se reconnecter tout seul à l’expiration de la connexion. Pas pour les comptes avec vérification en deux étapes : ceux-ci demandent un code à chaque fois.</translation>
        </message>
        <message>
            <source>Portal &amp;address:</source>
            <translation>&amp;Adresse du portail :</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>Adresse &amp;e-mail :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Two-step &amp;code:</source>
            <translation>Code de &amp;vérification :</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Enter the portal's address, for example https://portal.example.com.</source>
            <translation>Saisissez l’adresse du portail, par exemple https://portal.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a portal address. Enter it as your browser shows it, for example https://portal.example.com.</source>
            <translation>« %1 » n’est pas une adresse de portail. Saisissez-la telle que votre navigateur l’affiche, par exemple https://portal.example.com.</translation>
        </message>
        <message>
            <source>Enter the e-mail address you sign in to the portal with.</source>
            <translation>Saisissez l’adresse e-mail avec laquelle vous vous connectez au portail.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address. It looks like name@example.com.</source>
            <translation>« %1 » n’est pas une adresse e-mail. Une adresse e-mail ressemble à nom@example.com.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Saisissez le code à six chiffres de votre application d’authentification.</translation>
        </message>
        <message>
            <source>The two-step code has six digits: enter it as your authenticator app shows it.</source>
            <translation>Le code de vérification comporte six chiffres : saisissez-le tel que votre application d’authentification l’affiche.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>You are signed in and can carry on; Comptoir will ask for the password again next time.</source>
            <translation>Vous êtes connecté et pouvez continuer ; Comptoir vous redemandera le mot de passe la prochaine fois.</translation>
        </message>
        <message>
            <source>This account uses two-step verification. Enter the six-digit code from your authenticator app, then sign in.</source>
            <translation>Ce compte utilise la vérification en deux étapes. Saisissez le code à six chiffres de votre application d’authentification, puis connectez-vous.</translation>
        </message>
        <message>
            <source>Check both and try again: seven wrong attempts in a row block the account for 15 minutes.</source>
            <translation>Vérifiez les deux et réessayez : sept tentatives erronées d’affilée bloquent le compte pendant 15 minutes.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TotalsStrip</name>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>Ventes brutes</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Successful sales</source>
            <translation>Ventes réussies</translation>
        </message>
        <message>
            <source>Successful refunds</source>
            <translation>Remboursements réussis</translation>
        </message>
        <message>
            <source>Gross sales minus refunds</source>
            <translation>Ventes brutes moins remboursements</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them successful</source>
            <translation>
                <numerusform>Dont %Ln réussie</numerusform>
                <numerusform>Dont %Ln réussies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionDetailPane</name>
        <message>
            <source>Set status…</source>
            <translation>Définir le statut…</translation>
        </message>
        <message>
            <source>Resolve a transaction that waits for a manual intervention: successful or failed.</source>
            <translation>Résoudre une transaction en attente d’intervention manuelle : réussie ou en échec.</translation>
        </message>
        <message>
            <source>Show day close</source>
            <translation>Afficher la clôture</translation>
        </message>
        <message>
            <source>Open the day-close report of the period this transaction belongs to</source>
            <translation>Ouvrir le rapport de clôture de la période de cette transaction</translation>
        </message>
        <message>
            <source>No transaction selected</source>
            <translation>Aucune transaction sélectionnée</translation>
        </message>
        <message>
            <source>Select a transaction to see all its details, its day close and its history.</source>
            <translation>Sélectionnez une transaction pour voir tous ses détails, sa clôture et son historique.</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>amount · transaction type</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Status set</source>
            <translation>Statut défini</translation>
        </message>
        <message>
            <source>by hand, by %1 on %2</source>
            <translation>manuellement, par %1 le %2</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatiquement</translation>
        </message>
        <message>
            <source>The link between the till and the terminal broke during this payment. It joins the turnover once you choose its status.</source>
            <translation>La liaison entre la caisse et le terminal a été interrompue pendant ce paiement. Il rejoindra le chiffre d’affaires dès que vous aurez choisi son statut.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>Journée commerciale</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processeur</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Code d’autorisation</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>%1 (%2, serial number %3)</source>
            <comment>terminal name (model, serial)</comment>
            <translation>%1 (%2, numéro de série %3)</translation>
        </message>
        <message>
            <source>opened %1, closed %2</source>
            <translation>ouverte le %1, clôturée le %2</translation>
        </message>
        <message>
            <source>opened %1, still open</source>
            <translation>ouverte le %1, encore ouverte</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Period %1</source>
            <translation>Période %1</translation>
        </message>
        <message>
            <source>Period %1 (not in the cache yet)</source>
            <translation>Période %1 (pas encore dans le cache)</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>En attente du portail</translation>
        </message>
        <message>
            <source>%1 — changed on the portal in the meantime: choose which to keep (Portal ▸ Changes waiting for the portal)</source>
            <translation>%1 — modifié entre-temps sur le portail : choisissez quelle version garder (Portail ▸ Modifications en attente du portail)</translation>
        </message>
        <message>
            <source>%1 — refused by the portal: %2</source>
            <translation>%1 — refusé par le portail : %2</translation>
        </message>
        <message>
            <source>History in Comptoir</source>
            <translation>Historique dans Comptoir</translation>
        </message>
        <message>
            <source>No changes were made to this transaction in Comptoir.</source>
            <translation>Aucune modification n’a été apportée à cette transaction dans Comptoir.</translation>
        </message>
        <message>
            <source>set the status from “%1” to “%2”</source>
            <translation>a changé le statut de « %1 » en « %2 »</translation>
        </message>
        <message>
            <source>the portal refused the change; the status is “%1” again</source>
            <translation>le portail a refusé la modification ; le statut est de nouveau « %1 »</translation>
        </message>
        <message>
            <source>kept their status “%1” over the portal's</source>
            <translation>a gardé son statut « %1 » plutôt que celui du portail</translation>
        </message>
        <message>
            <source>took the portal's status “%1”</source>
            <translation>a repris le statut « %1 » du portail</translation>
        </message>
        <message>
            <source>%1 — %2 %3</source>
            <comment>when — who what</comment>
            <translation>%1 — %2 %3</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionTableModel</name>
        <message>
            <source>%1 (%2)</source>
            <comment>payment method (voucher issuer)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Status set by hand by %1 on %2</source>
            <translation>Statut défini manuellement par %1 le %2</translation>
        </message>
        <message>
            <source>Processed by %1</source>
            <translation>Traité par %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Clôture</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionsPage</name>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>No transactions match these filters.</source>
            <translation>Aucune transaction ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Définir le statut…</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Définir le statut</translation>
        </message>
        <message>
            <source>The terminal lost contact with the till during this payment of %1 on %2 (reference %3). Check your bank statement or the till's records, then say how it ended.

The status is recorded with your name and sent to the portal; it shows the orange hand from then on.</source>
            <translation>Le terminal a perdu le contact avec la caisse pendant ce paiement de %1 le %2 (référence %3). Vérifiez votre relevé bancaire ou les données de la caisse, puis indiquez comment il s’est terminé.

Le statut est enregistré avec votre nom et envoyé au portail ; la transaction porte ensuite la main orange.</translation>
        </message>
        <message>
            <source>The payment succeeded</source>
            <translation>Le paiement a réussi</translation>
        </message>
        <message>
            <source>The payment failed</source>
            <translation>Le paiement a échoué</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Copier les lignes</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet</source>
            <translation>Copier les lignes sélectionnées pour un tableur</translation>
        </message>
        <message>
            <source>Show &amp;day close</source>
            <translation>Afficher la &amp;clôture</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Show every field of the selected transaction, its day close and its history (Ctrl+I)</source>
            <translation>Afficher tous les champs de la transaction sélectionnée, sa clôture et son historique (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::ChartCard</name>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Save this chart as an image or a PDF</source>
            <translation>Enregistrer ce graphique comme image ou en PDF</translation>
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Exporter en PNG</translation>
        </message>
        <message>
            <source>“%1” saved as %2.</source>
            <translation>« %1 » enregistré sous %2.</translation>
        </message>
        <message>
            <source>The chart could not be saved as %1: %2</source>
            <translation>Le graphique n’a pas pu être enregistré sous %1 : %2</translation>
        </message>
        <message>
            <source>the image could not be written</source>
            <translation>l’image n’a pas pu être écrite</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::KpiTile</name>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>vs yesterday</source>
            <translation>par rapport à hier</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>vs last week</source>
            <translation>par rapport à la semaine passée</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>vs last month</source>
            <translation>par rapport au mois passé</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>par rapport à l’an passé</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d’affaires</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Ticket moyen</translation>
        </message>
        <message>
            <source>Click to show the successful transactions of this period</source>
            <translation>Cliquez pour afficher les transactions réussies de cette période</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions</source>
            <translation>
                <numerusform>%Ln transaction</numerusform>
                <numerusform>%Ln transactions</numerusform>
            </translation>
        </message>
        <message>
            <source>no sales</source>
            <translation>aucune vente</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions, %1: sales %2, refunds %3</source>
            <translation>Chiffre d’affaires net des transactions réussies, %1 : ventes %2, remboursements %3</translation>
        </message>
        <message>
            <source>Successful transactions (sales and refunds), %1</source>
            <translation>Transactions réussies (ventes et remboursements), %1</translation>
        </message>
        <message>
            <source>Gross sales divided by the number of sales, %1</source>
            <translation>Ventes brutes divisées par le nombre de ventes, %1</translation>
        </message>
        <message>
            <source>%1 until %2:59</source>
            <translation>%1 jusqu’à %2:59</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Back-office for merchants with CCV payment terminals.</source>
            <translation>Back-office pour les commerçants équipés de terminaux de paiement CCV.</translation>
        </message>
        <message>
            <source>Open the cache file &lt;file&gt;.</source>
            <translation>Ouvrir le fichier de cache &lt;fichier&gt;.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>Save a picture of each page into &lt;dir&gt;, then quit.</source>
            <translation>Enregistrer une image de chaque page dans &lt;dossier&gt;, puis quitter.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>Start the demo portal inside Comptoir and open its data.</source>
            <translation>Démarrer le portail de démonstration intégré à Comptoir et ouvrir ses données.</translation>
        </message>
        <message>
            <source>Show Comptoir in &lt;language&gt; (nl, fr or en) this time, whatever Settings says.</source>
            <translation>Afficher Comptoir en &lt;language&gt; (nl, fr ou en) cette fois-ci, quels que soient les paramètres.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>Unknown language “%1”: use nl, fr or en.</source>
            <translation>Langue « %1 » inconnue : utilisez nl, fr ou en.</translation>
        </message>
    </context>
</TS>
