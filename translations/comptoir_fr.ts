<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the journal was cut.</source>
        <translation>L’entrée %1 est manquante&#xa0;: le journal a été tronqué.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, inserted or changed before it.</source>
        <translation>L’entrée %1 ne suit pas l’entrée %2&#xa0;: une entrée a été supprimée, insérée ou modifiée avant elle.</translation>
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
        <translation>Le fichier %1 n’est pas un cache Comptoir ou il est endommagé. Il n’a pas été modifié&#xa0;; choisissez un autre fichier ou reconnectez-vous pour créer un nouveau cache.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and cannot be used (%2). It was left untouched; sign in again to build a new cache.</source>
        <translation>Le cache %1 est endommagé et inutilisable (%2). Il n’a pas été modifié&#xa0;; reconnectez-vous pour créer un nouveau cache.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Comptoir cache. It was left untouched.</source>
        <translation>Le fichier %1 est une base de données, mais pas un cache Comptoir. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Comptoir (cache version %2, this version reads up to %3). Update Comptoir to open it; the file was left untouched.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Comptoir (version de cache %2, cette version lit jusqu’à la version %3). Mettez Comptoir à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
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
        <translation>Impossible d’ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache %1 must be upgraded before it can be read; open it once in Comptoir.</source>
        <translation>Le cache %1 doit être mis à niveau avant de pouvoir être lu&#xa0;; ouvrez-le une fois dans Comptoir.</translation>
    </message>
    <message>
        <source>Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.</source>
        <translation>Comptoir est incomplet&#xa0;: la migration de cache %1 est manquante. Réinstallez Comptoir.</translation>
    </message>
    <message>
        <source>The cache could not be upgraded to version %1: %2</source>
        <translation>Le cache n’a pas pu être mis à niveau vers la version %1&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» est un montant trop élevé.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type an amount like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant. Saisissez un montant, par exemple %2.</translation>
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
        <translation>Le cache local n’a pas pu commencer une modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local cache could not save a change: %1</source>
        <translation>Le cache local n’a pas pu enregistrer une modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local cache could not be read or written (%1). If this keeps happening, sync again to rebuild it.</source>
        <translation>Impossible de lire ou d’écrire le cache local (%1). Si le problème persiste, synchronisez à nouveau pour le reconstruire.</translation>
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
        <translation>Un autre terminal actif s’appelle déjà «&#xa0;%1&#xa0;». Désactivez-le d’abord si ce terminal le remplace.</translation>
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
    <name>TransactionRepository</name>
    <message>
        <source>Transaction %1 could not be saved in the cache.</source>
        <translation>La transaction %1 n’a pas pu être enregistrée dans le cache.</translation>
    </message>
    <message>
        <source>A manual status can only be “Success” or “Failed”.</source>
        <translation>Un statut manuel ne peut être que «&#xa0;Réussi&#xa0;» ou «&#xa0;Échec&#xa0;».</translation>
    </message>
    <message>
        <source>Transaction %1 is not in the cache.</source>
        <translation>La transaction %1 ne figure pas dans le cache.</translation>
    </message>
    <message>
        <source>Only a transaction waiting for a manual intervention can get a manual status; this one is “%1”.</source>
        <translation>Seule une transaction en attente d’une intervention manuelle peut recevoir un statut manuel&#xa0;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
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
            <numerusform>Le journal d’audit est intact&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact&#xa0;: %n entrées vérifiées.</numerusform>
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
        <translation>Le journal d’audit n’est plus intact à partir de l’entrée %1&#xa0;: %2</translation>
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
        <translation>Chaque emplacement a besoin d’un terminal&#xa0;: la valeur de --terminals doit être au moins égale à celle de --locations.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier.</translation>
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
        <source>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  demo-cache    write a cache with demo data

Run comptoir-cli COMMAND --help for the options of a command.</source>
        <translation>Comptoir en ligne de commande.

Commandes&#xa0;:
  audit-check   vérifier le journal d’audit d’un cache
  demo-cache    créer un cache avec des données de démonstration

Exécutez comptoir-cli COMMANDE --help pour afficher les options d’une commande.</translation>
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
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>comptoir::DemoSession</name>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>Impossible de préparer les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Préparation des données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
        <translation>Impossible de remplacer les anciennes données de démonstration dans %1. Fermez les autres fenêtres de Comptoir et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing demo data…
%Ln transactions written</source>
        <translation>
            <numerusform>Préparation des données de démonstration…
%Ln transaction enregistrée</numerusform>
            <numerusform>Préparation des données de démonstration…
%Ln transactions enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
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
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Generated demo data, kept in %1</source>
        <translation>Données de démonstration générées, conservées dans %1</translation>
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
</context>
<context>
    <name>comptoir::OverviewPage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Aucune transaction</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days, %1 to %2:</source>
        <translation>
            <numerusform>%n dernier jour, du %1 au %2&#xa0;:</numerusform>
            <numerusform>%n derniers jours, du %1 au %2&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transactions, %1 turnover.</source>
        <translation>
            <numerusform>%Ln transaction pour un chiffre d’affaires de %1.</numerusform>
            <numerusform>%Ln transactions pour un chiffre d’affaires de %1.</numerusform>
        </translation>
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
        <translation>Mode de paiement</translation>
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
</context>
<context>
    <name>comptoir::TransactionsPage</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
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
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>Aucune transaction ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Days to show</source>
        <translation>Jours à afficher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back-office for merchants with CCV payment terminals.</source>
        <translation>Back-office pour les commerçants équipés de terminaux de paiement CCV.</translation>
    </message>
    <message>
        <source>Open generated demo data.</source>
        <translation>Ouvrir des données de démonstration générées.</translation>
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
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>There is no cache file at %1.</source>
        <translation>Le fichier de cache %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Comptoir opens the demo data instead.</source>
        <translation>Comptoir ouvre les données de démonstration à la place.</translation>
    </message>
</context>
</TS>
