<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AccountSession</name>
        <message>
            <source>The portal asks for a two-step code for %1: the saved password alone is not enough to sign in again. Sign in with the code from your authenticator app.</source>
            <translation>Het portaal vraagt een tweestapscode voor %1: het opgeslagen wachtwoord alleen is niet genoeg om opnieuw aan te melden. Meld u aan met de code uit uw authenticator-app.</translation>
        </message>
        <message>
            <source>The portal no longer accepts the password saved for %1, so Comptoir removed it from the keychain. Sign in again with the current password.</source>
            <translation>Het portaal accepteert het opgeslagen wachtwoord voor %1 niet meer, dus heeft Comptoir het uit de sleutelhanger verwijderd. Meld u opnieuw aan met het huidige wachtwoord.</translation>
        </message>
        <message>
            <source>Signed in, but this sign-in could not be remembered: %1</source>
            <translation>Aangemeld, maar deze aanmelding kon niet worden onthouden: %1</translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with the password, and tick “Remember me” to keep the sign-in.</source>
            <translation>Er is geen opgeslagen aanmelding voor %1 op %2. Meld u aan met het wachtwoord en vink “Mij onthouden” aan om de aanmelding te bewaren.</translation>
        </message>
        <message>
            <source>The saved sign-in for %1 has expired. Sign in again with the password.</source>
            <translation>De opgeslagen aanmelding voor %1 is verlopen. Meld u opnieuw aan met het wachtwoord.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again with the password.</source>
            <translation>Uw sessie met het portaal is beëindigd. Meld u opnieuw aan met het wachtwoord.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Entry %1 is missing: the journal was cut.</source>
            <translation>Regel %1 ontbreekt: het logboek is ingekort.</translation>
        </message>
        <message>
            <source>Entry %1 does not follow entry %2: an entry was removed, inserted or changed before it.</source>
            <translation>Regel %1 sluit niet aan op regel %2: daarvoor is een regel verwijderd, ingevoegd of gewijzigd.</translation>
        </message>
        <message>
            <source>Entry %1 was changed after it was written.</source>
            <translation>Regel %1 is na het vastleggen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>CacheDatabase</name>
        <message>
            <source>The cache file %1 cannot be read. Check that it exists and that you may open it.</source>
            <translation>Het cachebestand %1 kan niet worden gelezen. Controleer of het bestaat en of u het mag openen.</translation>
        </message>
        <message>
            <source>The file %1 is not a Comptoir cache or it is damaged. It was left untouched; choose another file, or sign in again to build a new cache.</source>
            <translation>Het bestand %1 is geen Comptoir-cache of is beschadigd. Het is niet gewijzigd; kies een ander bestand of meld u opnieuw aan om een nieuwe cache op te bouwen.</translation>
        </message>
        <message>
            <source>The cache %1 is damaged and cannot be used (%2). It was left untouched; sign in again to build a new cache.</source>
            <translation>De cache %1 is beschadigd en kan niet worden gebruikt (%2). Het bestand is niet gewijzigd; meld u opnieuw aan om een nieuwe cache op te bouwen.</translation>
        </message>
        <message>
            <source>The file %1 is a database, but not a Comptoir cache. It was left untouched.</source>
            <translation>Het bestand %1 is een database, maar geen Comptoir-cache. Het is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The cache %1 was written by a newer version of Comptoir (cache version %2, this version reads up to %3). Update Comptoir to open it; the file was left untouched.</source>
            <translation>De cache %1 is geschreven door een nieuwere versie van Comptoir (cacheversie %2, deze versie leest tot en met versie %3). Werk Comptoir bij om de cache te openen; het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The cache %1 belongs to %2 on %3, not to %4. Each account has its own cache.</source>
            <translation>De cache %1 hoort bij %2 op %3, niet bij %4. Elk account heeft een eigen cache.</translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first to create it.</source>
            <translation>De cache %1 bestaat niet. Synchroniseer eerst om hem aan te maken.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>De map %1 kan niet worden aangemaakt.</translation>
        </message>
        <message>
            <source>The cache %1 cannot be opened: %2</source>
            <translation>De cache %1 kan niet worden geopend: %2</translation>
        </message>
        <message>
            <source>The cache %1 must be upgraded before it can be read; open it once in Comptoir.</source>
            <translation>De cache %1 moet worden bijgewerkt voordat hij kan worden gelezen; open hem eenmaal in Comptoir.</translation>
        </message>
        <message>
            <source>Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.</source>
            <translation>Comptoir is onvolledig: cachemigratie %1 ontbreekt. Installeer Comptoir opnieuw.</translation>
        </message>
        <message>
            <source>The cache could not be upgraded to version %1: %2</source>
            <translation>De cache kon niet worden bijgewerkt naar versie %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message numerus="yes">
            <source>The system keychain did not answer within %n second(s). Make sure it is running and unlocked, then try again.</source>
            <translation>
                <numerusform>De sleutelhanger van het systeem heeft niet binnen %n seconde geantwoord. Controleer of hij actief en ontgrendeld is en probeer het opnieuw.</numerusform>
                <numerusform>De sleutelhanger van het systeem heeft niet binnen %n seconden geantwoord. Controleer of hij actief en ontgrendeld is en probeer het opnieuw.</numerusform>
            </translation>
        </message>
        <message>
            <source>no details given</source>
            <translation>geen details opgegeven</translation>
        </message>
        <message>
            <source>Access to the system keychain was declined, so Comptoir cannot remember this sign-in. Allow access when the keychain asks, or sign in without "Remember me".</source>
            <translation>De toegang tot de sleutelhanger van het systeem is geweigerd, dus Comptoir kan deze aanmelding niet onthouden. Sta de toegang toe wanneer de sleutelhanger erom vraagt, of meld u aan zonder “Mij onthouden”.</translation>
        </message>
        <message>
            <source>The system keychain is locked or refused access: %1. Unlock it, then try again.</source>
            <translation>De sleutelhanger van het systeem is vergrendeld of weigert de toegang: %1. Ontgrendel hem en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The saved sign-in could not be removed from the system keychain: %1. Remove it with your keychain manager, or try again.</source>
            <translation>De opgeslagen aanmelding kon niet uit de sleutelhanger van het systeem worden verwijderd: %1. Verwijder ze met het beheerprogramma van uw sleutelhanger, of probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The system keychain is locked or not available: %1. On Linux Comptoir needs a Secret Service such as GNOME Keyring or KWallet; start or unlock it, then try again.</source>
            <translation>De sleutelhanger van het systeem is vergrendeld of niet beschikbaar: %1. Onder Linux heeft Comptoir een Secret Service nodig, zoals GNOME Keyring of KWallet; start of ontgrendel die en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The sign-in remembered for %1 in the system keychain cannot be read. Sign in again to replace it.</source>
            <translation>De aanmelding die voor %1 in de sleutelhanger van het systeem is onthouden, kan niet worden gelezen. Meld u opnieuw aan om ze te vervangen.</translation>
        </message>
    </context>
    <context>
        <name>DataFolders</name>
        <message>
            <source>Copies of your portal data (caches)</source>
            <translation>Kopieën van uw portaalgegevens (caches)</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demogegevens</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logboeken</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Check that your user account may write there.</source>
            <translation>De map %1 kan niet worden aangemaakt. Controleer of uw gebruikersaccount daar mag schrijven.</translation>
        </message>
        <message>
            <source>No file manager could be opened on %1. Open that folder yourself.</source>
            <translation>Er kon geen bestandsbeheerder worden geopend voor %1. Open die map zelf.</translation>
        </message>
    </context>
    <context>
        <name>DatePreset</name>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gisteren</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Deze maand</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Vorige maand</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dit jaar</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Aangepaste periode</translation>
        </message>
    </context>
    <context>
        <name>DayCloseReport</name>
        <message>
            <source>Day close %1 — %2</source>
            <translation>Dagafsluiting %1 — %2</translation>
        </message>
        <message>
            <source>No transactions in this period.</source>
            <translation>Geen transacties in deze periode.</translation>
        </message>
        <message>
            <source>Day close %1</source>
            <translation>Dagafsluiting %1</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Aangemaakt op %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>Btw %1</translation>
        </message>
        <message>
            <source>Serial number %1</source>
            <translation>Serienummer %1</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Handelaar</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>nog open</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Times are local time (%1).</source>
            <translation>Tijden in lokale tijd (%1).</translation>
        </message>
        <message>
            <source>This period is still open: its figures can still change.</source>
            <translation>Deze periode is nog open: de cijfers kunnen nog veranderen.</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Netto-omzet</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkopen</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Terugbetalingen</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Turnover per payment method</source>
            <translation>Omzet per betaalmethode</translation>
        </message>
        <message>
            <source>Not in the turnover</source>
            <translation>Niet in de omzet</translation>
        </message>
        <message>
            <source>Statuses set by hand (%1)</source>
            <translation>Handmatig ingestelde statussen (%1)</translation>
        </message>
        <message>
            <source>No status was set by hand in this period.</source>
            <translation>In deze periode is geen status handmatig ingesteld.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Method</source>
            <extracomment>Column header: the payment method, where there is little room.</extracomment>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Ingesteld door</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Ingesteld om</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>The connection between the till and the terminal was lost during these payments, so their outcome is unknown. Choose a status for each of them in Comptoir (Transactions). Until then they are not in the turnover.</source>
            <translation>De verbinding tussen de kassa en de terminal is tijdens deze betalingen verbroken, dus de uitkomst is onbekend. Kies voor elke betaling een status in Comptoir (Transacties). Tot dan tellen ze niet mee in de omzet.</translation>
        </message>
        <message>
            <source>Waiting for your decision (%1)</source>
            <translation>Wachten op uw beslissing (%1)</translation>
        </message>
        <message>
            <source>Transactions whose status was set by hand on the terminal, because the payment was not processed correctly. They count in the turnover when set to success.</source>
            <translation>Transacties waarvan de status handmatig op de terminal is ingesteld, omdat de betaling niet correct is verwerkt. Ze tellen mee in de omzet wanneer ze op geslaagd zijn gezet.</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (vervolg)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
        <message>
            <source>Made by Comptoir from its own copy of the portal's data, not the portal's report.</source>
            <translation>Gemaakt door Comptoir uit zijn eigen kopie van de portaalgegevens, niet het rapport van het portaal.</translation>
        </message>
    </context>
    <context>
        <name>ExportProfileRepository</name>
        <message>
            <source>Give the profile a name.</source>
            <translation>Geef het profiel een naam.</translation>
        </message>
        <message>
            <source>The separator and the decimal mark are one character each.</source>
            <translation>Het scheidingsteken en het decimaalteken zijn elk één teken.</translation>
        </message>
        <message>
            <source>There is already a profile called “%1”.</source>
            <translation>Er is al een profiel met de naam “%1”.</translation>
        </message>
        <message>
            <source>Another export of this profile was made in the meantime, so this one was not kept. Export again: it will hold only what the other one did not.</source>
            <translation>Intussen is er een andere export van dit profiel gemaakt, dus deze werd niet bewaard. Exporteer opnieuw: dan staat er alleen in wat de andere niet had.</translation>
        </message>
    </context>
    <context>
        <name>HourlyRollup</name>
        <message>
            <source>A total in the cache no longer fits in 64 bits. Sync again to rebuild the cache.</source>
            <translation>Een totaal in de cache past niet meer in 64 bits. Synchroniseer opnieuw om de cache te herbouwen.</translation>
        </message>
        <message>
            <source>The cache's hourly totals for %1 at location %2 are damaged. Rebuild the totals to repair them.</source>
            <translation>De totalen per uur in de cache voor %1 op locatie %2 zijn beschadigd. Herbouw de totalen om ze te herstellen.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
    </context>
    <context>
        <name>LocalEdits</name>
        <message>
            <source>The logo is larger than 256 KiB. Use a smaller black-and-white image.</source>
            <translation>Het logo is groter dan 256 KiB. Gebruik een kleinere zwart-witafbeelding.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync and try again.</source>
            <translation>De pinbon van deze locatie staat nog niet in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>A receipt has at most %1 header lines and %1 footer lines in each language.</source>
            <translation>Een pinbon heeft per taal hoogstens %1 kopregels en %1 voetregels.</translation>
        </message>
        <message>
            <source>The line “%1” is longer than the %2 characters a line of this receipt can hold.</source>
            <translation>De regel “%1” is langer dan de %2 tekens die op een regel van deze pinbon passen.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>De terminals op deze locatie zijn Verifone-terminals: hun pinbonnen worden gewijzigd door de klantenservice van CCV.</translation>
        </message>
    </context>
    <context>
        <name>LocationRepository</name>
        <message>
            <source>A location needs a name.</source>
            <translation>Een locatie moet een naam hebben.</translation>
        </message>
        <message>
            <source>A location name can be at most 80 characters long.</source>
            <translation>Een locatienaam mag maximaal 80 tekens lang zijn.</translation>
        </message>
        <message>
            <source>This location is no longer in the cache. Sync and try again.</source>
            <translation>Deze locatie staat niet meer in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>LogoImport</name>
        <message>
            <source>This SVG file declares XML entities, which Comptoir does not read for safety. Export it again as plain SVG.</source>
            <translation>Dit SVG-bestand declareert XML-entiteiten, die Comptoir voor de veiligheid niet leest. Exporteer het opnieuw als gewone SVG.</translation>
        </message>
        <message>
            <source>This SVG file cannot be read: it is damaged or incomplete.</source>
            <translation>Dit SVG-bestand kan niet worden gelezen: het is beschadigd of onvolledig.</translation>
        </message>
        <message>
            <source>This SVG image has no size. Give it a width and a height, or a viewBox.</source>
            <translation>Deze SVG-afbeelding heeft geen afmetingen. Geef ze een breedte en een hoogte, of een viewBox.</translation>
        </message>
        <message>
            <source>The file %1 cannot be found.</source>
            <translation>Het bestand %1 is niet gevonden.</translation>
        </message>
        <message>
            <source>The file is empty: it holds no image.</source>
            <translation>Het bestand is leeg: er staat geen afbeelding in.</translation>
        </message>
        <message>
            <source>The file is %1 MB: a logo file may be at most %2 MB. Save the image smaller, for example at 1000 pixels wide.</source>
            <translation>Het bestand is %1 MB: een logobestand mag hoogstens %2 MB zijn. Sla de afbeelding kleiner op, bijvoorbeeld 1000 pixels breed.</translation>
        </message>
        <message>
            <source>The file %1 cannot be opened. Check that you may read it.</source>
            <translation>Het bestand %1 kan niet worden geopend. Controleer of u het mag lezen.</translation>
        </message>
        <message>
            <source>This is a compressed file (for example an SVGZ image). Comptoir takes logos in PNG, JPEG, BMP or plain SVG.</source>
            <translation>Dit is een gecomprimeerd bestand (bijvoorbeeld een SVGZ-afbeelding). Comptoir neemt logo’s in PNG, JPEG, BMP of gewone SVG.</translation>
        </message>
        <message>
            <source>This is a %1 file. Comptoir takes logos in PNG, JPEG, BMP or SVG: save the image in one of those.</source>
            <translation>Dit is een %1-bestand. Comptoir neemt logo’s in PNG, JPEG, BMP of SVG: sla de afbeelding in een van die formaten op.</translation>
        </message>
        <message>
            <source>This file is not an image. Choose a logo in PNG, JPEG, BMP or SVG.</source>
            <translation>Dit bestand is geen afbeelding. Kies een logo in PNG, JPEG, BMP of SVG.</translation>
        </message>
        <message>
            <source>This image cannot be read: it is damaged or incomplete.</source>
            <translation>Deze afbeelding kan niet worden gelezen: ze is beschadigd of onvolledig.</translation>
        </message>
        <message>
            <source>This image is %1 × %2 pixels: far too large for a logo. Save it at most %3 pixels on its longest side.</source>
            <translation>Deze afbeelding is %1 × %2 pixels: veel te groot voor een logo. Sla ze op met hoogstens %3 pixels aan de langste zijde.</translation>
        </message>
        <message>
            <source>This image is incomplete: the file was cut short. Copy or download it again.</source>
            <translation>Deze afbeelding is onvolledig: het bestand is afgebroken. Kopieer of download het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Dagafsluitingen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Pinbonnen</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Gebruikers</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>Type an amount, like %1.</source>
            <translation>Voer een bedrag in, bijvoorbeeld %1.</translation>
        </message>
        <message>
            <source>Amounts in %1 have no decimals.</source>
            <translation>Bedragen in %1 hebben geen decimalen.</translation>
        </message>
        <message>
            <source>Amounts in %1 have at most %2 decimals.</source>
            <translation>Bedragen in %1 hebben hoogstens %2 decimalen.</translation>
        </message>
        <message>
            <source>“%1” is too large an amount.</source>
            <translation>“%1” is een te groot bedrag.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type an amount like %2.</source>
            <translation>“%1” is geen bedrag. Voer een bedrag in, bijvoorbeeld %2.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Rename location “%1” to “%2”</source>
            <translation>Locatie “%1” hernoemen naar “%2”</translation>
        </message>
        <message>
            <source>Rename terminal “%1” to “%2”</source>
            <translation>Terminal “%1” hernoemen naar “%2”</translation>
        </message>
        <message>
            <source>Move terminal “%1” to “%2”</source>
            <translation>Terminal “%1” verplaatsen naar “%2”</translation>
        </message>
        <message>
            <source>Deactivate terminal “%1”</source>
            <translation>Terminal “%1” deactiveren</translation>
        </message>
        <message>
            <source>Set the status of transaction %1 to “%2”</source>
            <translation>Status van transactie %1 instellen op “%2”</translation>
        </message>
        <message>
            <source>Save the receipt of “%1”</source>
            <translation>Pinbon van “%1” opslaan</translation>
        </message>
    </context>
    <context>
        <name>OutboxPusher</name>
        <message>
            <source>Your user groups on the portal do not allow this change. Ask your administrator.</source>
            <translation>Uw gebruikersgroepen op het portaal staan deze wijziging niet toe. Vraag het aan uw beheerder.</translation>
        </message>
        <message>
            <source>The portal no longer has this, or you may no longer see it.</source>
            <translation>Dit staat niet meer op het portaal, of u mag het niet meer zien.</translation>
        </message>
        <message>
            <source>Another active terminal already has this name. Deactivate that terminal first if this one replaces it.</source>
            <translation>Een andere actieve terminal heeft al deze naam. Deactiveer die terminal eerst als deze hem vervangt.</translation>
        </message>
        <message>
            <source>The terminal was deactivated on the portal, so it can no longer be renamed.</source>
            <translation>De terminal is op het portaal gedeactiveerd en kan dus geen andere naam meer krijgen.</translation>
        </message>
        <message>
            <source>The terminal was already deactivated on the portal.</source>
            <translation>De terminal was op het portaal al gedeactiveerd.</translation>
        </message>
        <message>
            <source>The transaction no longer waits for a manual intervention: its status was settled on the portal.</source>
            <translation>De transactie wacht niet meer op een handmatige interventie: de status is al op het portaal vastgelegd.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>De terminals op deze locatie zijn Verifone-terminals: hun pinbonnen worden gewijzigd door de klantenservice van CCV.</translation>
        </message>
        <message>
            <source>The portal does not accept this name: it is empty or too long.</source>
            <translation>Het portaal accepteert deze naam niet: hij is leeg of te lang.</translation>
        </message>
        <message>
            <source>The portal does not know the location the terminal was moved to.</source>
            <translation>Het portaal kent de locatie niet waarnaar de terminal is verplaatst.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: too many lines, a line too long, or a logo it cannot print.</source>
            <translation>Het portaal accepteert deze pinbon niet: te veel regels, een te lange regel of een logo dat het niet kan afdrukken.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Iemand heeft dit op het portaal gewijzigd nadat u uw wijziging had gemaakt.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: a line has a character the terminals cannot print.</source>
            <translation>Het portaal accepteert deze pinbon niet: een regel bevat een teken dat de terminals niet kunnen afdrukken.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPolicy</name>
        <message numerus="yes">
            <source>The password must be at least %n characters long.</source>
            <translation>
                <numerusform>Het wachtwoord moet minstens %n teken lang zijn.</numerusform>
                <numerusform>Het wachtwoord moet minstens %n tekens lang zijn.</numerusform>
            </translation>
        </message>
        <message>
            <source>The password must contain an upper-case letter.</source>
            <translation>Het wachtwoord moet een hoofdletter bevatten.</translation>
        </message>
        <message>
            <source>The password must contain a lower-case letter.</source>
            <translation>Het wachtwoord moet een kleine letter bevatten.</translation>
        </message>
        <message>
            <source>The password must contain a digit.</source>
            <translation>Het wachtwoord moet een cijfer bevatten.</translation>
        </message>
        <message>
            <source>The password must contain one of these special characters: %1</source>
            <translation>Het wachtwoord moet een van deze speciale tekens bevatten: %1</translation>
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
            <translation>Maaltijdcheque</translation>
        </message>
        <message>
            <source>Eco voucher</source>
            <translation>Ecocheque</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Cadeaukaart</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>PeriodReports</name>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>Deze dagafsluiting staat niet in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>Deze periode is nog open: het rapport van de dagafsluiting bestaat pas zodra de terminal de dag afsluit.</translation>
        </message>
        <message>
            <source>This day-close report has not been downloaded yet, and Comptoir is offline. It is fetched the first time you open it while online.</source>
            <translation>Dit rapport van de dagafsluiting is nog niet gedownload en Comptoir is offline. Het wordt opgehaald wanneer u het voor het eerst opent terwijl u online bent.</translation>
        </message>
        <message>
            <source>The portal has no report for this day close.</source>
            <translation>Het portaal heeft geen rapport voor deze dagafsluiting.</translation>
        </message>
        <message>
            <source>The portal sent a day-close report that is not a PDF. Nothing was kept.</source>
            <translation>Het portaal stuurde een rapport van de dagafsluiting dat geen pdf is. Er is niets van bewaard.</translation>
        </message>
    </context>
    <context>
        <name>PortalClient</name>
        <message>
            <source>The portal did not answer in time. Check the internet connection; Comptoir keeps working from its cache.</source>
            <translation>Het portaal heeft niet op tijd geantwoord. Controleer de internetverbinding; Comptoir blijft werken met de cache.</translation>
        </message>
        <message>
            <source>The portal's security certificate cannot be trusted (%1). Comptoir did not connect. Check the portal address.</source>
            <translation>Het beveiligingscertificaat van het portaal is niet betrouwbaar (%1). Comptoir heeft geen verbinding gemaakt. Controleer het portaaladres.</translation>
        </message>
        <message>
            <source>No secure connection (TLS) could be set up with the portal (%1). Comptoir did not connect. Check the portal address, and whether it starts with https or http.</source>
            <translation>Er kon geen beveiligde verbinding (TLS) met het portaal worden opgezet (%1). Comptoir heeft geen verbinding gemaakt. Controleer het portaaladres, en of het met https of http begint.</translation>
        </message>
        <message>
            <source>The portal cannot be reached (%1). Check the internet connection and the portal address; Comptoir keeps working from its cache.</source>
            <translation>Het portaal is niet bereikbaar (%1). Controleer de internetverbinding en het portaaladres; Comptoir blijft werken met de cache.</translation>
        </message>
        <message>
            <source>The portal has a problem of its own (HTTP %1). Comptoir will try again.</source>
            <translation>Het portaal heeft zelf een probleem (HTTP %1). Comptoir probeert het later opnieuw.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Voer de zescijferige code uit uw authenticator-app in.</translation>
        </message>
        <message>
            <source>The code from your authenticator app is wrong or was already used. Wait for the next code and try again.</source>
            <translation>De code uit uw authenticator-app is onjuist of werd al gebruikt. Wacht op de volgende code en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again.</source>
            <translation>Uw sessie met het portaal is beëindigd. Meld u opnieuw aan.</translation>
        </message>
        <message>
            <source>The e-mail address or password is wrong.</source>
            <translation>Het e-mailadres of het wachtwoord is onjuist.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong sign-ins: the account is blocked. Try again in %n minutes.</source>
            <translation>
                <numerusform>Te veel mislukte aanmeldpogingen: het account is geblokkeerd. Probeer het over %n minuut opnieuw.</numerusform>
                <numerusform>Te veel mislukte aanmeldpogingen: het account is geblokkeerd. Probeer het over %n minuten opnieuw.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your user groups on the portal do not allow this. Ask your administrator.</source>
            <translation>Uw gebruikersgroepen op het portaal staan dit niet toe. Vraag het aan uw beheerder.</translation>
        </message>
        <message>
            <source>The portal refused the request (HTTP %1).</source>
            <translation>Het portaal heeft het verzoek geweigerd (HTTP %1).</translation>
        </message>
        <message>
            <source>The portal refused the request: %1</source>
            <translation>Het portaal heeft het verzoek geweigerd: %1</translation>
        </message>
        <message>
            <source>The connection to the portal broke off. Comptoir will try again.</source>
            <translation>De verbinding met het portaal is verbroken. Comptoir probeert het later opnieuw.</translation>
        </message>
        <message>
            <source>The portal sent an answer Comptoir does not understand.</source>
            <translation>Het portaal stuurde een antwoord dat Comptoir niet begrijpt.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptRules</name>
        <message>
            <source>Header line %1 (%2)</source>
            <translation>Kopregel %1 (%2)</translation>
        </message>
        <message>
            <source>Footer line %1 (%2)</source>
            <translation>Voetregel %1 (%2)</translation>
        </message>
        <message>
            <source>The header in %1 has %2 lines: at most %3 are printed.</source>
            <translation>De kop in het %1 heeft %2 regels: er worden er hoogstens %3 afgedrukt.</translation>
        </message>
        <message>
            <source>The footer in %1 has %2 lines: at most %3 are printed.</source>
            <translation>De voet in het %1 heeft %2 regels: er worden er hoogstens %3 afgedrukt.</translation>
        </message>
        <message>
            <source>%1 has %2 characters: a line holds %3 here.</source>
            <translation>%1 heeft %2 tekens: een regel bevat er hier %3.</translation>
        </message>
        <message>
            <source>%1 has characters the terminals cannot print: %2.</source>
            <translation>%1 bevat tekens die de terminals niet kunnen afdrukken: %2.</translation>
        </message>
        <message>
            <source>The logo is larger than 256 KiB. Import it again: Comptoir makes it black and white and small.</source>
            <translation>Het logo is groter dan 256 KiB. Importeer het opnieuw: Comptoir maakt het zwart-wit en klein.</translation>
        </message>
        <message>
            <source>The logo is not a PNG image the terminals can print. Import it again.</source>
            <translation>Het logo is geen PNG-afbeelding die de terminals kunnen afdrukken. Importeer het opnieuw.</translation>
        </message>
        <message>
            <source>The logo is %1 dots wide: %2 mm paper prints %3. Make it narrower.</source>
            <translation>Het logo is %1 punten breed: op papier van %2 mm worden er %3 afgedrukt. Maak het smaller.</translation>
        </message>
        <message>
            <source>The logo is %1 dots high: at most %2 are printed. Make it smaller.</source>
            <translation>Het logo is %1 punten hoog: er worden er hoogstens %2 afgedrukt. Maak het kleiner.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Language and appearance</source>
            <translation>Taal en weergave</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>The language of Comptoir, its exports and reports; amounts and dates follow it</source>
            <translation>De taal van Comptoir, zijn exports en rapporten; bedragen en datums volgen ze</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Weergave:</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portaal</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>S&amp;ync in the background:</source>
            <translation>S&amp;ynchroniseren op de achtergrond:</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Nu synchroniseren</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Afmelden</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Local cache:</source>
            <translation>Lokale cache:</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <source>Show the folder that holds the caches and the demo data</source>
            <translation>De map met de caches en de demogegevens tonen</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Success</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Manual intervention</source>
            <translation>Handmatige interventie</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Terugbetaald</translation>
        </message>
        <message>
            <source>Chargeback</source>
            <translation>Met chargeback</translation>
        </message>
    </context>
    <context>
        <name>StatusOrigin</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Handmatig</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The local cache could not start a change: %1</source>
            <translation>De lokale cache kon geen wijziging starten: %1</translation>
        </message>
        <message>
            <source>The local cache could not save a change: %1</source>
            <translation>De lokale cache kon een wijziging niet opslaan: %1</translation>
        </message>
        <message>
            <source>The local cache could not be read or written (%1). If this keeps happening, sync again to rebuild it.</source>
            <translation>De lokale cache kon niet worden gelezen of geschreven (%1). Blijft dit gebeuren, synchroniseer dan opnieuw om de cache opnieuw op te bouwen.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>The portal sent data Comptoir cannot use (%1). Nothing of it was saved.</source>
            <translation>Het portaal stuurde gegevens die Comptoir niet kan gebruiken (%1). Er is niets van opgeslagen.</translation>
        </message>
        <message>
            <source>Sending your changes</source>
            <translation>Uw wijzigingen verzenden</translation>
        </message>
        <message>
            <source>Locations and terminals</source>
            <translation>Locaties en terminals</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Dagafsluitingen</translation>
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
            <translation>%1 — gedeactiveerd</translation>
        </message>
    </context>
    <context>
        <name>TerminalRepository</name>
        <message>
            <source>This terminal is no longer in the cache. Sync and try again.</source>
            <translation>Deze terminal staat niet meer in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>A terminal needs a name.</source>
            <translation>Een terminal moet een naam hebben.</translation>
        </message>
        <message>
            <source>A terminal name can be at most 40 characters long.</source>
            <translation>Een terminalnaam mag maximaal 40 tekens lang zijn.</translation>
        </message>
        <message>
            <source>A deactivated terminal cannot be renamed.</source>
            <translation>Een gedeactiveerde terminal kan geen andere naam krijgen.</translation>
        </message>
        <message>
            <source>Another active terminal is already called “%1”. Deactivate it first if this terminal replaces it.</source>
            <translation>Er is al een andere actieve terminal met de naam “%1”. Deactiveer die eerst als deze terminal hem vervangt.</translation>
        </message>
        <message>
            <source>That location is not in the cache. Sync and try again.</source>
            <translation>Die locatie staat niet in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>This terminal is already deactivated.</source>
            <translation>Deze terminal is al gedeactiveerd.</translation>
        </message>
    </context>
    <context>
        <name>ThirdPartyLibrary</name>
        <message>
            <source>Public domain</source>
            <translation>Publiek domein</translation>
        </message>
    </context>
    <context>
        <name>TransactionExport</name>
        <message>
            <source>The file %1 cannot be written there: %2</source>
            <translation>Het bestand %1 kan daar niet worden geschreven: %2</translation>
        </message>
        <message>
            <source>The file %1 could not be created.</source>
            <translation>Het bestand %1 kon niet worden aangemaakt.</translation>
        </message>
        <message>
            <source>The file %1 could not be written (%2).</source>
            <translation>Het bestand %1 kon niet worden geschreven (%2).</translation>
        </message>
        <message>
            <source>The file %1 is not complete.</source>
            <translation>Het bestand %1 is niet volledig.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place (%2); check that it is not open in another program.</source>
            <translation>Het bestand %1 kon niet op zijn plaats worden gezet (%2); controleer of het niet in een ander programma geopend is.</translation>
        </message>
        <message>
            <source>Entry</source>
            <extracomment>An export column: whether a row is new, or a correction of an earlier export.</extracomment>
            <translation>Boeking</translation>
        </message>
        <message>
            <source>Corrects export</source>
            <translation>Corrigeert export</translation>
        </message>
        <message>
            <source>Date and time (%1)</source>
            <translation>Datum en tijd (%1)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Period</source>
            <extracomment>An export column: the number of the payment period (day close) of the terminal.</extracomment>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>Issuer</source>
            <extracomment>An export column: who issued a voucher or gift card (Pluxee, Edenred, …).</extracomment>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status set</source>
            <extracomment>An export column: whether the status was set automatically or by hand.</extracomment>
            <translation>Status ingesteld</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Ingesteld door</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Ingesteld om</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munt</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Kaartnummer</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Autorisatiecode</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Verwerker</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>Transactie-ID</translation>
        </message>
        <message>
            <source>Choose the file to export to.</source>
            <translation>Kies het bestand waarnaar u wilt exporteren.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file name in it.</source>
            <translation>%1 is een map; kies er een bestandsnaam in.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>De map %1 bestaat niet.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to. Choose another folder.</source>
            <translation>In de map %1 kan niet worden geschreven. Kies een andere map.</translation>
        </message>
        <message>
            <source>The CSV separator and decimal mark must be two different punctuation characters.</source>
            <translation>Het CSV-scheidingsteken en het decimaalteken moeten twee verschillende leestekens zijn.</translation>
        </message>
        <message>
            <source>This export profile no longer exists.</source>
            <translation>Dit exportprofiel bestaat niet meer.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Reversal</source>
            <extracomment>An export row that takes back what an earlier export sent (the amount negated).</extracomment>
            <translation>Tegenboeking</translation>
        </message>
        <message>
            <source>Corrected</source>
            <extracomment>An export row: the transaction as it is now, after a reversal of what was sent before.</extracomment>
            <translation>Gecorrigeerd</translation>
        </message>
        <message>
            <source>local time of each location</source>
            <translation>lokale tijd van elke locatie</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>About this export</source>
            <translation>Over deze export</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>vanaf %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>tot en met %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>alle dagen</translation>
        </message>
        <message>
            <source>Transactions, %1</source>
            <translation>Transacties, %1</translation>
        </message>
        <message>
            <source>Exported with Comptoir from its local copy of the portal's data.</source>
            <translation>Geëxporteerd met Comptoir uit zijn lokale kopie van de portaalgegevens.</translation>
        </message>
        <message>
            <source>Nothing is new or changed since the last export of “%1”: no file was written.</source>
            <translation>Er is niets nieuw of gewijzigd sinds de laatste export van “%1”: er werd geen bestand geschreven.</translation>
        </message>
        <message>
            <source>No transactions match what you chose: no file was written.</source>
            <translation>Geen enkele transactie past bij uw keuze: er werd geen bestand geschreven.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>De export werd geannuleerd; er werd geen bestand geschreven.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkopen</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Terugbetalingen</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Netto-omzet</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>Per dag</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>By location</source>
            <translation>Per locatie</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>Per betaalmethode</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Handelaar</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>alle locaties</translation>
        </message>
        <message>
            <source>Business days</source>
            <translation>Verkoopdagen</translation>
        </message>
        <message>
            <source>statuses: %1</source>
            <translation>statussen: %1</translation>
        </message>
        <message>
            <source>payment methods: %1</source>
            <translation>betaalmethodes: %1</translation>
        </message>
        <message>
            <source>status set: %1</source>
            <translation>status ingesteld: %1</translation>
        </message>
        <message>
            <source>search: “%1”</source>
            <translation>zoekopdracht: “%1”</translation>
        </message>
        <message>
            <source>one day close (period %1)</source>
            <translation>één dagafsluiting (periode %1)</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selectie</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Tijden</translation>
        </message>
        <message>
            <source>Local time of the location (%1).</source>
            <translation>Lokale tijd van de locatie (%1).</translation>
        </message>
        <message>
            <source>Local time of each location (%1).</source>
            <translation>Lokale tijd van elke locatie (%1).</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Bedragen</translation>
        </message>
        <message>
            <source>Refunds are negative amounts. Turnover counts the successful transactions, whether their status was set automatically or by hand: positive amounts are sales, negative ones refunds. The summaries add up exactly the rows of this file.</source>
            <translation>Terugbetalingen zijn negatieve bedragen. De omzet telt de geslaagde transacties, of hun status nu automatisch of handmatig werd ingesteld: positieve bedragen zijn verkopen, negatieve terugbetalingen. De overzichten tellen precies de rijen van dit bestand op.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profiel</translation>
        </message>
        <message>
            <source>Export number</source>
            <translation>Exportnummer</translation>
        </message>
        <message>
            <source>New and corrected</source>
            <translation>Nieuw en gecorrigeerd</translation>
        </message>
        <message>
            <source>%1 new, %2 corrected</source>
            <translation>%1 nieuw, %2 gecorrigeerd</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Correcties</translation>
        </message>
        <message>
            <source>This file holds only what earlier exports of this profile did not: new transactions, and each transaction that changed since it was sent (a status set by hand, a chargeback, a refund). A changed one comes as two rows: a reversal of what was sent (amount negated, with the number of the export it corrects) and the transaction as it is now. Book every row and nothing is counted twice.</source>
            <translation>Dit bestand bevat alleen wat eerdere exports van dit profiel niet bevatten: nieuwe transacties, en elke transactie die gewijzigd is sinds ze werd verzonden (een handmatig ingestelde status, een chargeback, een terugbetaling). Een gewijzigde transactie komt als twee rijen: een tegenboeking van wat werd verzonden (bedrag omgekeerd, met het nummer van de export die ze corrigeert) en de transactie zoals ze nu is. Boek elke rij en niets wordt dubbel geteld.</translation>
        </message>
        <message>
            <source>Exported on</source>
            <translation>Geëxporteerd op</translation>
        </message>
        <message>
            <source>Exported by</source>
            <translation>Geëxporteerd door</translation>
        </message>
        <message>
            <source>%1 transactions exported to %2.</source>
            <translation>%1 transacties geëxporteerd naar %2.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place; check that it is not open in another program and that the folder can be written.</source>
            <translation>Het bestand %1 kon niet op zijn plaats worden gezet; controleer of het niet in een ander programma geopend is en of er in de map geschreven mag worden.</translation>
        </message>
    </context>
    <context>
        <name>TransactionRepository</name>
        <message>
            <source>Transaction %1 could not be saved in the cache.</source>
            <translation>Transactie %1 kon niet in de cache worden opgeslagen.</translation>
        </message>
        <message>
            <source>A manual status can only be “Success” or “Failed”.</source>
            <translation>Een handmatige status kan alleen “Geslaagd” of “Mislukt” zijn.</translation>
        </message>
        <message>
            <source>Transaction %1 is not in the cache.</source>
            <translation>Transactie %1 staat niet in de cache.</translation>
        </message>
        <message>
            <source>Only a transaction waiting for a manual intervention can get a manual status; this one is “%1”.</source>
            <translation>Alleen een transactie die op een handmatige interventie wacht, kan een handmatige status krijgen; deze heeft de status “%1”.</translation>
        </message>
        <message>
            <source>Transaction %1 belongs to a location or terminal that is not in the cache (%2, %3). Sync again to fetch them.</source>
            <translation>Transactie %1 hoort bij een locatie of terminal die niet in de cache staat (%2, %3). Synchroniseer opnieuw om ze op te halen.</translation>
        </message>
    </context>
    <context>
        <name>TransactionType</name>
        <message>
            <source>Sale</source>
            <translation>Verkoop</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Terugbetaling</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Annulering</translation>
        </message>
        <message>
            <source>Pre-authorisation</source>
            <translation>Pre-autorisatie</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Afronding</translation>
        </message>
    </context>
    <context>
        <name>comptoir-cli</name>
        <message numerus="yes">
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>Het auditlogboek is intact: %n regel gecontroleerd.</numerusform>
                <numerusform>Het auditlogboek is intact: %n regels gecontroleerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first, or give the right --cache file.</source>
            <translation>De cache %1 bestaat niet. Synchroniseer eerst, of geef met --cache het juiste bestand op.</translation>
        </message>
        <message>
            <source>Checks that the audit log of a cache is complete and unaltered, and reports the first entry that is not.</source>
            <translation>Controleert of het auditlogboek van een cache volledig en ongewijzigd is, en meldt de eerste regel waarvoor dat niet geldt.</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>De opdracht.</translation>
        </message>
        <message>
            <source>The cache file.</source>
            <translation>Het cachebestand.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>BESTAND</translation>
        </message>
        <message>
            <source>Give the cache file with --cache FILE.</source>
            <translation>Geef het cachebestand op met --cache BESTAND.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2</source>
            <translation>Het auditlogboek is niet meer intact vanaf regel %1: %2</translation>
        </message>
        <message>
            <source>Writes a cache filled with realistic demo data, as a full sync from the demo portal would. For trying Comptoir out and for benchmarks.</source>
            <translation>Schrijft een cache vol realistische demogegevens, zoals een volledige synchronisatie met het demoportaal dat zou doen. Om Comptoir uit te proberen en voor benchmarks.</translation>
        </message>
        <message>
            <source>The cache file to create (must not exist).</source>
            <translation>Het aan te maken cachebestand (mag nog niet bestaan).</translation>
        </message>
        <message>
            <source>Random seed (default 1).</source>
            <translation>Startwaarde van de toevalsgenerator (standaard 1).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>BE or NL (default BE).</source>
            <translation>BE of NL (standaard BE).</translation>
        </message>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Number of locations (default 4).</source>
            <translation>Aantal locaties (standaard 4).</translation>
        </message>
        <message>
            <source>Number of terminals (default 9).</source>
            <translation>Aantal terminals (standaard 9).</translation>
        </message>
        <message>
            <source>Days of history (default 90).</source>
            <translation>Aantal dagen geschiedenis (standaard 90).</translation>
        </message>
        <message>
            <source>Transactions per day (default 600).</source>
            <translation>Transacties per dag (standaard 600).</translation>
        </message>
        <message>
            <source>Last business day, YYYY-MM-DD (default today).</source>
            <translation>Laatste verkoopdag, JJJJ-MM-DD (standaard vandaag).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>Give the file to create with --out FILE.</source>
            <translation>Geef het aan te maken bestand op met --out BESTAND.</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 moet een geheel getal van %2 tot en met %3 zijn.</translation>
        </message>
        <message>
            <source>--seed must be a whole number.</source>
            <translation>--seed moet een geheel getal zijn.</translation>
        </message>
        <message>
            <source>--country must be BE or NL.</source>
            <translation>--country moet BE of NL zijn.</translation>
        </message>
        <message>
            <source>--end must be a date like 2026-11-22.</source>
            <translation>--end moet een datum zijn, bijvoorbeeld 2026-11-22.</translation>
        </message>
        <message>
            <source>Every location needs a terminal: give at least as many --terminals as --locations.</source>
            <translation>Elke locatie heeft een terminal nodig: --terminals moet minstens even groot zijn als --locations.</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 bestaat al; kies een nieuwe bestandsnaam.</translation>
        </message>
        <message>
            <source>%1 of about %2 transactions</source>
            <translation>%1 van ongeveer %2 transacties</translation>
        </message>
        <message>
            <source>Wrote %1 transactions and %2 day closes to %3.</source>
            <translation>%1 transacties en %2 dagafsluitingen weggeschreven naar %3.</translation>
        </message>
        <message>
            <source>The cache could not be moved to %1.</source>
            <translation>De cache kon niet worden verplaatst naar %1.</translation>
        </message>
        <message>
            <source>What to do.</source>
            <translation>De uit te voeren opdracht.</translation>
        </message>
        <message>
            <source>Say what to do.</source>
            <translation>Geef een opdracht op.</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Onbekende opdracht “%1”.</translation>
        </message>
        <message>
            <source>The portal's address, e.g. https://portal.example.</source>
            <translation>Het adres van het portaal, bijv. https://portal.example.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>The account's e-mail address.</source>
            <translation>Het e-mailadres van het account.</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>E-MAIL</translation>
        </message>
        <message>
            <source>Give the portal's address with --portal, like https://portal.example.</source>
            <translation>Geef het adres van het portaal op met --portal, bijvoorbeeld https://portal.example.</translation>
        </message>
        <message>
            <source>Give the account's e-mail address with --email.</source>
            <translation>Geef het e-mailadres van het account op met --email.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Wachtwoord: </translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep the sign-in).</source>
            <translation>Er is geen opgeslagen aanmelding voor %1 op %2. Meld u aan met --password-stdin (en --remember om de aanmelding te bewaren).</translation>
        </message>
        <message>
            <source>This account has two-step verification: give the code with --totp CODE.</source>
            <translation>Dit account gebruikt tweestapsverificatie: geef de code op met --totp CODE.</translation>
        </message>
        <message>
            <source>Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).</source>
            <translation>Meld u aan met --password-stdin (met --remember-password kunnen latere uitvoeringen zelf opnieuw aanmelden).</translation>
        </message>
        <message>
            <source>Brings the cache of a portal account up to date: everything the first time, then what changed.</source>
            <translation>Werkt de cache van een portaalaccount bij: de eerste keer alles, daarna wat er gewijzigd is.</translation>
        </message>
        <message>
            <source>Read the password from standard input (else the saved sign-in from the keychain is used).</source>
            <translation>Het wachtwoord van de standaardinvoer lezen (anders wordt de opgeslagen aanmelding uit de sleutelhanger gebruikt).</translation>
        </message>
        <message>
            <source>The code from the authenticator app, for two-step verification.</source>
            <translation>De code uit de authenticator-app, voor tweestapsverificatie.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>Keep the sign-in in the system keychain for later runs (with --password-stdin).</source>
            <translation>De aanmelding in de sleutelhanger van het systeem bewaren voor latere uitvoeringen (met --password-stdin).</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain too, so that later runs can sign in again when the sign-in expires (implies --remember).</source>
            <translation>Ook het wachtwoord in de sleutelhanger van het systeem bewaren, zodat latere uitvoeringen opnieuw kunnen aanmelden wanneer de aanmelding verloopt (impliceert --remember).</translation>
        </message>
        <message>
            <source>The cache file (default: the account's cache in the user's data folder).</source>
            <translation>Het cachebestand (standaard: de cache van het account in de gegevensmap van de gebruiker).</translation>
        </message>
        <message>
            <source>--remember and --remember-password keep a sign-in made with --password-stdin; give that too.</source>
            <translation>--remember en --remember-password bewaren een aanmelding die met --password-stdin is gedaan; geef die optie ook op.</translation>
        </message>
        <message>
            <source>No password came on standard input.</source>
            <translation>Er is geen wachtwoord op de standaardinvoer ontvangen.</translation>
        </message>
        <message>
            <source>%1: %2 transactions, %3 day closes</source>
            <translation>%1: %2 transacties, %3 dagafsluitingen</translation>
        </message>
        <message>
            <source>Signs a portal account out: ends its portal session when the portal can be reached, and removes the sign-in saved in the system keychain.</source>
            <translation>Meldt een portaalaccount af: beëindigt de sessie op het portaal als het portaal bereikbaar is, en verwijdert de aanmelding die in de sleutelhanger van het systeem is opgeslagen.</translation>
        </message>
        <message>
            <source>Signed out: no sign-in for %1 on %2 is saved any more.</source>
            <translation>Afgemeld: er is geen aanmelding voor %1 op %2 meer opgeslagen.</translation>
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
            <translation>Comptoir op de opdrachtregel.

Opdrachten:
  audit-check   het auditlogboek van een cache controleren
  dayclose      het dagafsluitingsrapport (pdf) van een periode maken uit de cache
  demo-cache    een cache met demogegevens schrijven
  export        transacties exporteren naar Excel (xlsx) of CSV voor de boekhouder
  signout       de opgeslagen aanmelding van een account vergeten en de portaalsessie beëindigen
  summary       de omzet per dag, locatie of betaalmethode tonen
  sync          de cache van een account bijwerken vanaf het portaal

Voer comptoir-cli OPDRACHT --help uit voor de opties van een opdracht.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-06-30, not “%2”.</source>
            <translation>--%1 moet een datum zijn zoals 2026-06-30, niet “%2”.</translation>
        </message>
        <message>
            <source>Give the business days with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
            <translation>Geef de verkoopdagen op met --from JJJJ-MM-DD en --to JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2: give the earlier day first.</source>
            <translation>--from %1 valt na --to %2: geef eerst de vroegste dag.</translation>
        </message>
        <message>
            <source>--lang must be nl, fr or en.</source>
            <translation>--lang moet nl, fr of en zijn.</translation>
        </message>
        <message>
            <source>This account may not export or read the figures of any location (%1).</source>
            <translation>Dit account mag van geen enkele locatie de cijfers exporteren of lezen (%1).</translation>
        </message>
        <message>
            <source>There is no location “%1” in this cache. Its locations: %2.</source>
            <translation>Er is geen locatie “%1” in deze cache. De locaties: %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>This account may not see the figures of %1 (%2).</source>
            <translation>Dit account mag de cijfers van %1 niet zien (%2).</translation>
        </message>
        <message>
            <source>--%1 is one character, like ; or , (or the word tab).</source>
            <translation>--%1 is één teken, zoals ; of , (of het woord tab).</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”.</source>
            <translation>Onverwacht argument “%1”.</translation>
        </message>
        <message>
            <source>Exports the transactions of the cache for the bookkeeper: an Excel workbook (the transactions with real dates and amounts, and summaries by day, location and payment method) or a CSV file. The file appears complete or not at all.</source>
            <translation>Exporteert de transacties van de cache voor de boekhouder: een Excel-werkmap (de transacties met echte datums en bedragen, en overzichten per dag, locatie en betaalmethode) of een CSV-bestand. Het bestand verschijnt volledig of helemaal niet.</translation>
        </message>
        <message>
            <source>The first business day, YYYY-MM-DD.</source>
            <translation>De eerste verkoopdag, JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>The last business day, YYYY-MM-DD (included).</source>
            <translation>De laatste verkoopdag, JJJJ-MM-DD (inbegrepen).</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several. Default: every location the account may export.</source>
            <translation>Alleen deze locatie (id of naam); herhaal voor meerdere. Standaard: elke locatie die het account mag exporteren.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>xlsx or csv (default: from the file name, else xlsx).</source>
            <translation>xlsx of csv (standaard: volgens de bestandsnaam, anders xlsx).</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAAT</translation>
        </message>
        <message>
            <source>The language of the file's names and headers: nl, fr or en (default: the system's).</source>
            <translation>De taal van de namen en kolomkoppen in het bestand: nl, fr of en (standaard: die van het systeem).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>TAAL</translation>
        </message>
        <message>
            <source>CSV: the field separator (default ; for nl and fr, , for en; tab for a tab).</source>
            <translation>CSV: het scheidingsteken tussen velden (standaard ; voor nl en fr, , voor en; tab voor een tab).</translation>
        </message>
        <message>
            <source>CHAR</source>
            <translation>TEKEN</translation>
        </message>
        <message>
            <source>CSV: the decimal mark (default , for nl and fr, . for en).</source>
            <translation>CSV: het decimaalteken (standaard , voor nl en fr, . voor en).</translation>
        </message>
        <message>
            <source>CSV: dates as 2026-06-30 14:05:09 instead of the country's 30/06/2026.</source>
            <translation>CSV: datums als 2026-06-30 14:05:09 in plaats van 30/06/2026 zoals in het land.</translation>
        </message>
        <message>
            <source>Export for this saved export profile: its locations and format, and — for a profile that exports only what is new — what it has not sent before (new transactions, and corrections of changed ones). --from and --to are then optional.</source>
            <translation>Exporteer voor dit opgeslagen exportprofiel: zijn locaties en formaat, en — voor een profiel dat alleen het nieuwe exporteert — wat het nog niet heeft verzonden (nieuwe transacties, en correcties van gewijzigde). --from en --to zijn dan optioneel.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAAM</translation>
        </message>
        <message>
            <source>The file to write (replaced when it exists).</source>
            <translation>Het te schrijven bestand (vervangen als het bestaat).</translation>
        </message>
        <message>
            <source>Give the file to write with --out FILE.</source>
            <translation>Geef het te schrijven bestand op met --out BESTAND.</translation>
        </message>
        <message>
            <source>--format must be xlsx or csv.</source>
            <translation>--format moet xlsx of csv zijn.</translation>
        </message>
        <message>
            <source>There is no export profile “%1” in this cache. Its profiles: %2.</source>
            <translation>Er is geen exportprofiel “%1” in deze cache. De profielen: %2.</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 van %2 transacties</translation>
        </message>
        <message>
            <source>Export %1: %2 new transactions, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1: %2 nieuwe transacties, %3 gecorrigeerd (elk als tegenboeking en nieuwe versie).</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3: no file was written.</source>
            <translation>Geen transacties van %1 tot en met %2 voor %3: er werd geen bestand geschreven.</translation>
        </message>
        <message>
            <source>any location</source>
            <translation>alle locaties</translation>
        </message>
        <message>
            <source>Makes the day-close report (PDF, A4) of a period from the cache: for a day the portal has no report of, and for reprinting. The report says that Comptoir made it.</source>
            <translation>Maakt het dagafsluitingsrapport (pdf, A4) van een periode uit de cache: voor een dag waarvan het portaal geen rapport heeft, en om opnieuw af te drukken. Het rapport vermeldt dat Comptoir het heeft gemaakt.</translation>
        </message>
        <message>
            <source>The period (day close), by its id.</source>
            <translation>De periode (dagafsluiting), met haar id.</translation>
        </message>
        <message>
            <source>The report's language: nl, fr or en (default: the system's).</source>
            <translation>De taal van het rapport: nl, fr of en (standaard: die van het systeem).</translation>
        </message>
        <message>
            <source>The PDF file to write (replaced when it exists).</source>
            <translation>Het te schrijven pdf-bestand (vervangen als het bestaat).</translation>
        </message>
        <message>
            <source>Give the period with --period ID.</source>
            <translation>Geef de periode op met --period ID.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name in it.</source>
            <translation>%1 is een map; geef er een bestandsnaam in op.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>De map %1 bestaat niet.</translation>
        </message>
        <message>
            <source>Reports need Qt's GUI module (no screen): this program cannot make them.</source>
            <translation>Rapporten hebben de GUI-module van Qt nodig (zonder scherm): dit programma kan ze niet maken.</translation>
        </message>
        <message>
            <source>There is no day close (period) “%1” in this cache. Sync first, or check the id.</source>
            <translation>Er is geen dagafsluiting (periode) “%1” in deze cache. Synchroniseer eerst, of controleer de id.</translation>
        </message>
        <message>
            <source>This account may not see the day closes of %1.</source>
            <translation>Dit account mag de dagafsluitingen van %1 niet zien.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>Het rapport kon niet worden gemaakt.</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>Het bestand %1 kon niet worden geschreven: %2</translation>
        </message>
        <message>
            <source>Wrote the day-close report of period %1 (%2, %3) to %4.</source>
            <translation>Het dagafsluitingsrapport van periode %1 (%2, %3) is geschreven naar %4.</translation>
        </message>
        <message>
            <source>Prints the turnover of a range of business days from the cache, by day, location or payment method: transactions, successful ones, sales, refunds and net turnover (successful transactions, whether their status was set automatically or by hand). The same figures as an export's summary sheets.</source>
            <translation>Toont de omzet van een reeks verkoopdagen uit de cache, per dag, locatie of betaalmethode: transacties, geslaagde transacties, verkopen, terugbetalingen en netto-omzet (geslaagde transacties, of hun status nu automatisch of handmatig werd ingesteld). Dezelfde cijfers als de overzichtsbladen van een export.</translation>
        </message>
        <message>
            <source>day, location or method (default day).</source>
            <translation>day, location of method (standaard day).</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WAT</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several.</source>
            <translation>Alleen deze locatie (id of naam); herhaal voor meerdere.</translation>
        </message>
        <message>
            <source>Print JSON (amounts in minor units and as decimal text) instead of a table.</source>
            <translation>Toon JSON (bedragen in centen en als decimale tekst) in plaats van een tabel.</translation>
        </message>
        <message>
            <source>--by must be day, location or method.</source>
            <translation>--by moet day, location of method zijn.</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3.</source>
            <translation>Geen transacties van %1 tot en met %2 voor %3.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkopen</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Terugbetalingen</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Netto-omzet</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munt</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Turnover from %1 to %2%3</source>
            <translation>Omzet van %1 tot en met %2%3</translation>
        </message>
        <message>
            <source>(amounts in %1)</source>
            <translation>(bedragen in %1)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::AboutDialog</name>
        <message>
            <source>The licence text of %1 is missing from this copy of Comptoir.</source>
            <translation>De licentietekst van %1 ontbreekt in dit exemplaar van Comptoir.</translation>
        </message>
        <message>
            <source>About Comptoir</source>
            <translation>Over Comptoir</translation>
        </message>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>Version %1 · Qt %2 (built with Qt %3)</source>
            <translation>Versie %1 · Qt %2 (gebouwd met Qt %3)</translation>
        </message>
        <message>
            <source>Turnover, transactions and day closes of your CCV payment terminals, from a copy of your portal data on this computer.</source>
            <translation>Omzet, transacties en dagafsluitingen van uw CCV-betaalterminals, uit een kopie van uw portaalgegevens op deze computer.</translation>
        </message>
        <message>
            <source>The licence under which Comptoir itself is distributed has not been chosen yet. The libraries below keep their own licences; choose one to read its licence.</source>
            <translation>De licentie waaronder Comptoir zelf wordt verspreid, is nog niet gekozen. De onderstaande bibliotheken behouden hun eigen licenties; kies er een om de licentie te lezen.</translation>
        </message>
        <message>
            <source>Libraries shipped with Comptoir</source>
            <translation>Bibliotheken die met Comptoir worden meegeleverd</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
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
            <translation>Het cachebestand %1 bestaat niet.</translation>
        </message>
        <message>
            <source>You are signed out. Sign in again, or as another account.</source>
            <translation>U bent afgemeld. Meld u opnieuw aan, of met een ander account.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyLayoutDialog</name>
        <message>
            <source>Copy the receipt to other locations</source>
            <translation>Pinbon naar andere locaties kopiëren</translation>
        </message>
        <message>
            <source>Copy the receipt of “%1” as it is saved. Check the locations to copy it to: what changes there is listed first. Nothing is saved until you copy.</source>
            <translation>Kopieer de pinbon van “%1” zoals hij is opgeslagen. Vink de locaties aan waar hij naartoe moet: wat er daar verandert, staat er eerst bij. Er wordt niets opgeslagen tot u kopieert.</translation>
        </message>
        <message>
            <source>&amp;Paper and customer receipt</source>
            <translation>&amp;Papier en pinbon voor de klant</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Logo</translation>
        </message>
        <message>
            <source>&amp;Texts in every language</source>
            <translation>&amp;Teksten in elke taal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message numerus="yes">
            <source>Copy to %n location(s)</source>
            <translation>
                <numerusform>Naar %n locatie kopiëren</numerusform>
                <numerusform>Naar %n locaties kopiëren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyTargetsModel</name>
        <message>
            <source>%1 mm, small text</source>
            <translation>%1 mm, kleine tekst</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, normale tekst</translation>
        </message>
        <message>
            <source>Paper: %1 → %2</source>
            <translation>Papier: %1 → %2</translation>
        </message>
        <message>
            <source>Customer receipt: printed after every payment</source>
            <translation>Pinbon voor de klant: na elke betaling afgedrukt</translation>
        </message>
        <message>
            <source>Customer receipt: printed only when asked</source>
            <translation>Pinbon voor de klant: alleen op verzoek afgedrukt</translation>
        </message>
        <message>
            <source>Logo: removed</source>
            <translation>Logo: verwijderd</translation>
        </message>
        <message>
            <source>Logo: added</source>
            <translation>Logo: toegevoegd</translation>
        </message>
        <message>
            <source>Logo: replaced</source>
            <translation>Logo: vervangen</translation>
        </message>
        <message>
            <source>Header in %1: other lines</source>
            <translation>Kop in het %1: andere regels</translation>
        </message>
        <message numerus="yes">
            <source>Header in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>Kop in het %1: %n regel in plaats van %2</numerusform>
                <numerusform>Kop in het %1: %n regels in plaats van %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Footer in %1: other lines</source>
            <translation>Voet in het %1: andere regels</translation>
        </message>
        <message numerus="yes">
            <source>Footer in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>Voet in het %1: %n regel in plaats van %2</numerusform>
                <numerusform>Voet in het %1: %n regels in plaats van %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifone terminals here: CCV support changes their receipt.</source>
            <translation>Hier staan Verifone-terminals: de klantenservice van CCV wijzigt hun pinbon.</translation>
        </message>
        <message>
            <source>Not synced yet: sync first.</source>
            <translation>Nog niet gesynchroniseerd: synchroniseer eerst.</translation>
        </message>
        <message>
            <source>Would not print here: %1</source>
            <translation>Zou hier niet afgedrukt kunnen worden: %1</translation>
        </message>
        <message>
            <source>Already the same there.</source>
            <translation>Daar al hetzelfde.</translation>
        </message>
        <message>
            <source>Nothing changes: already the same.</source>
            <translation>Er verandert niets: al hetzelfde.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>What changes there</source>
            <translation>Wat daar verandert</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DashboardPage</name>
        <message>
            <source>%1, set by hand</source>
            <translation>%1, handmatig ingesteld</translation>
        </message>
        <message>
            <source>Turnover: %1</source>
            <translation>Omzet: %1</translation>
        </message>
        <message numerus="yes">
            <source>Sales: %1 (%Ln)</source>
            <translation>
                <numerusform>Verkopen: %1 (%Ln)</numerusform>
                <numerusform>Verkopen: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refunds: %1 (%Ln)</source>
            <translation>
                <numerusform>Terugbetalingen: %1 (%Ln)</numerusform>
                <numerusform>Terugbetalingen: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average ticket: %1</source>
            <translation>Gemiddeld ticket: %1</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Show by:</source>
            <translation>Tonen per:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Rebuild the totals</source>
            <translation>Totalen herbouwen</translation>
        </message>
        <message>
            <source>The search text, amount, processor and day-close filters apply to the transaction list only: the dashboard counts every transaction that matches the other filters.</source>
            <translation>De filters op zoektekst, bedrag, verwerker en dagafsluiting gelden alleen voor de transactielijst: het dashboard telt elke transactie die aan de andere filters voldoet.</translation>
        </message>
        <message>
            <source>Too many bars for these dates: choose a shorter period to see them by %1.</source>
            <translation>Te veel staven voor deze datums: kies een kortere periode om ze per %1 te zien.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Bijwerken…</translation>
        </message>
        <message>
            <source>all locations</source>
            <translation>alle locaties</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n locatie</numerusform>
                <numerusform>%n locaties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %Ln transactions</source>
            <translation>
                <numerusform>%1 · %2 · %Ln transactie</numerusform>
                <numerusform>%1 · %2 · %Ln transacties</numerusform>
            </translation>
        </message>
        <message>
            <source>Your user account may not see the dashboard. An administrator can give your user group access to it on the portal.</source>
            <translation>Uw gebruikersaccount mag het dashboard niet zien. Een beheerder kan uw gebruikersgroep er toegang toe geven in het portaal.</translation>
        </message>
        <message>
            <source>The dashboard could not be computed. Open the page again.</source>
            <translation>Het dashboard kon niet worden berekend. Open de pagina opnieuw.</translation>
        </message>
        <message>
            <source>You may not see any of the chosen locations. Choose other locations in the filter.</source>
            <translation>U mag geen van de gekozen locaties zien. Kies andere locaties in de filter.</translation>
        </message>
        <message>
            <source>Rebuilding the totals from the transactions…</source>
            <translation>De totalen worden herbouwd uit de transacties…</translation>
        </message>
        <message>
            <source>Week %1: %2</source>
            <translation>Week %1: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No transactions for these filters.</source>
            <translation>Geen transacties voor deze filters.</translation>
        </message>
        <message>
            <source>Turnover per day</source>
            <translation>Omzet per dag</translation>
        </message>
        <message>
            <source>Turnover per week</source>
            <translation>Omzet per week</translation>
        </message>
        <message>
            <source>Turnover per month</source>
            <translation>Omzet per maand</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions: %1.</source>
            <translation>Netto-omzet van de geslaagde transacties: %1.</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Number of transactions per day</source>
            <translation>Aantal transacties per dag</translation>
        </message>
        <message>
            <source>Number of transactions per week</source>
            <translation>Aantal transacties per week</translation>
        </message>
        <message>
            <source>Number of transactions per month</source>
            <translation>Aantal transacties per maand</translation>
        </message>
        <message>
            <source>%1 successful, %2 not (failed, declined, cancelled, …).</source>
            <translation>%1 geslaagd, %2 niet (mislukt, geweigerd, geannuleerd, …).</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <source>Not successful</source>
            <translation>Niet geslaagd</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per day</source>
            <translation>Terugbetalingen en chargebacks per dag</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per week</source>
            <translation>Terugbetalingen en chargebacks per week</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per month</source>
            <translation>Terugbetalingen en chargebacks per maand</translation>
        </message>
        <message>
            <source>Refunds %1 (%2), payments refunded later %3 (%4), chargebacks %5 (%6).</source>
            <translation>Terugbetalingen %1 (%2), later terugbetaalde betalingen %3 (%4), chargebacks %5 (%6).</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Terugbetalingen</translation>
        </message>
        <message>
            <source>Payments refunded</source>
            <translation>Terugbetaalde betalingen</translation>
        </message>
        <message>
            <source>Chargebacks</source>
            <translation>Chargebacks</translation>
        </message>
        <message>
            <source>No refunds and no chargebacks for these filters.</source>
            <translation>Geen terugbetalingen en geen chargebacks voor deze filters.</translation>
        </message>
        <message>
            <source>Turnover by payment method</source>
            <translation>Omzet per betaalmethode</translation>
        </message>
        <message>
            <source>No turnover for these filters.</source>
            <translation>Geen omzet voor deze filters.</translation>
        </message>
        <message>
            <source>Turnover by location</source>
            <translation>Omzet per locatie</translation>
        </message>
        <message numerus="yes">
            <source>%n other locations</source>
            <translation>
                <numerusform>%n andere locatie</numerusform>
                <numerusform>%n andere locaties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n locations with transactions.</source>
            <translation>
                <numerusform>%n locatie met transacties.</numerusform>
                <numerusform>%n locaties met transacties.</numerusform>
            </translation>
        </message>
        <message>
            <source>Turnover by hour of the day</source>
            <translation>Omzet per uur van de dag</translation>
        </message>
        <message>
            <source>Sums over the period, on each location's own clock.</source>
            <translation>Sommen over de periode, volgens de klok van elke locatie.</translation>
        </message>
        <message>
            <source>Turnover by day of the week</source>
            <translation>Omzet per dag van de week</translation>
        </message>
        <message>
            <source>Sums over the period; hover a bar for the average per day.</source>
            <translation>Sommen over de periode; wijs een staaf aan voor het gemiddelde per dag.</translation>
        </message>
        <message>
            <source>Failed, declined and resolved by hand</source>
            <translation>Mislukt, geweigerd en handmatig afgehandeld</translation>
        </message>
        <message>
            <source>Share of all transactions</source>
            <translation>Aandeel in alle transacties</translation>
        </message>
        <message>
            <source>%1 of the %2 transactions went through without intervention.</source>
            <translation>%1 van de %2 transacties verliep zonder tussenkomst.</translation>
        </message>
        <message>
            <source>Every transaction went through without intervention.</source>
            <translation>Elke transactie verliep zonder tussenkomst.</translation>
        </message>
        <message>
            <source>Click to see these transactions.</source>
            <translation>Klik om deze transacties te zien.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions</source>
            <translation>
                <numerusform>%Ln transactie</numerusform>
                <numerusform>%Ln transacties</numerusform>
            </translation>
        </message>
        <message>
            <source>Successful: %1</source>
            <translation>Geslaagd: %1</translation>
        </message>
        <message>
            <source>Not successful: %1</source>
            <translation>Niet geslaagd: %1</translation>
        </message>
        <message numerus="yes">
            <source>Payments refunded later: %1 (%Ln)</source>
            <translation>
                <numerusform>Later terugbetaalde betalingen: %1 (%Ln)</numerusform>
                <numerusform>Later terugbetaalde betalingen: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chargebacks: %1 (%Ln)</source>
            <translation>
                <numerusform>Chargebacks: %1 (%Ln)</numerusform>
                <numerusform>Chargebacks: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of the turnover: %1</source>
            <translation>Aandeel in de omzet: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in all</source>
            <translation>
                <numerusform>%Ln transactie in totaal</numerusform>
                <numerusform>%Ln transacties in totaal</numerusform>
            </translation>
        </message>
        <message>
            <source>%1:00 – %2:00</source>
            <translation>%1:00 – %2:00</translation>
        </message>
        <message numerus="yes">
            <source>%n such days in the period: %1 per day on average</source>
            <translation>
                <numerusform>%n zo’n dag in de periode: gemiddeld %1 per dag</numerusform>
                <numerusform>%n zulke dagen in de periode: gemiddeld %1 per dag</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Bedrag: %1</translation>
        </message>
        <message>
            <source>Share of all transactions: %1</source>
            <translation>Aandeel in alle transacties: %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DayClosesPage</name>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>Deze periode is nog open: het rapport van de dagafsluiting bestaat pas als de terminal de dag afsluit.</translation>
        </message>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>Deze dagafsluiting staat niet in de cache. Synchroniseer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Comptoir could not make the report.</source>
            <translation>Comptoir kon het rapport niet maken.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Locatie:</translation>
        </message>
        <message>
            <source>Te&amp;rminal:</source>
            <translation>Te&amp;rminal:</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Dagafsluitingen</translation>
        </message>
        <message>
            <source>Show &amp;transactions</source>
            <translation>&amp;Transacties tonen</translation>
        </message>
        <message>
            <source>List this period's transactions on the Transactions page (Ctrl+Return)</source>
            <translation>De transacties van deze periode tonen op de pagina Transacties (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>Op&amp;slaan als…</translation>
        </message>
        <message>
            <source>Save the report as a PDF file (%1)</source>
            <translation>Het rapport als pdf-bestand opslaan (%1)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Afdrukken…</translation>
        </message>
        <message>
            <source>Print the report (%1)</source>
            <translation>Het rapport afdrukken (%1)</translation>
        </message>
        <message>
            <source>Day-close report</source>
            <translation>Rapport dagafsluiting</translation>
        </message>
        <message>
            <source>The report cannot be shown</source>
            <translation>Het rapport kan niet getoond worden</translation>
        </message>
        <message>
            <source>The day-close report is not a readable PDF. Try again later, or make the report from Comptoir's data.</source>
            <translation>Het rapport van de dagafsluiting is geen leesbare pdf. Probeer het later opnieuw, of maak het rapport met de gegevens van Comptoir.</translation>
        </message>
        <message>
            <source>&amp;Make the report from Comptoir's data</source>
            <translation>Rapport &amp;maken met de gegevens van Comptoir</translation>
        </message>
        <message>
            <source>Comptoir makes a day-close report from the transactions in this cache. It is not the portal's report and is not kept.</source>
            <translation>Comptoir maakt een rapport van de dagafsluiting met de transacties in deze cache. Het is niet het rapport van het portaal en wordt niet bewaard.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>Opnieuw &amp;proberen</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Alle locaties</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Alle terminals</translation>
        </message>
        <message>
            <source>Your account may not see day closes. An administrator can give access in the portal's user groups.</source>
            <translation>Uw account mag geen dagafsluitingen zien. Een beheerder kan toegang geven via de gebruikersgroepen van het portaal.</translation>
        </message>
        <message>
            <source>No day closes for these filters yet. They arrive with the next sync.</source>
            <translation>Nog geen dagafsluitingen voor deze filters. Ze komen binnen bij de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>The day close cannot be read</source>
            <translation>De dagafsluiting kan niet gelezen worden</translation>
        </message>
        <message>
            <source>Day close not found</source>
            <translation>Dagafsluiting niet gevonden</translation>
        </message>
        <message>
            <source>Your account may not see the day closes of this location.</source>
            <translation>Uw account mag de dagafsluitingen van deze locatie niet zien.</translation>
        </message>
        <message>
            <source>This day close is not in the cache yet. Sync, then try again.</source>
            <translation>Deze dagafsluiting staat nog niet in de cache. Synchroniseer en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>This period is still open</source>
            <translation>Deze periode is nog open</translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Nog niet gedownload</translation>
        </message>
        <message>
            <source>Meanwhile Comptoir can make the report from the data in this cache.</source>
            <translation>Intussen kan Comptoir het rapport maken met de gegevens in deze cache.</translation>
        </message>
        <message>
            <source>Making the report from Comptoir's data…</source>
            <translation>Het rapport wordt gemaakt met de gegevens van Comptoir…</translation>
        </message>
        <message>
            <source>Fetching the day-close report from the portal…</source>
            <translation>Het rapport van de dagafsluiting wordt van het portaal gehaald…</translation>
        </message>
        <message>
            <source>The portal did not give the report</source>
            <translation>Het portaal gaf het rapport niet</translation>
        </message>
        <message>
            <source>The report could not be made</source>
            <translation>Het rapport kon niet gemaakt worden</translation>
        </message>
        <message>
            <source>Sign in again (Portal menu), then open the report once more.</source>
            <translation>Meld u opnieuw aan (menu Portaal) en open het rapport nog eens.</translation>
        </message>
        <message>
            <source>The portal cannot be reached</source>
            <translation>Het portaal is niet bereikbaar</translation>
        </message>
        <message>
            <source>Choose a day close to see its report.</source>
            <translation>Kies een dagafsluiting om het rapport te zien.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>period from – to</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>open since %1</source>
            <translation>open sinds %1</translation>
        </message>
        <message>
            <source>%1 at %2, period %3</source>
            <comment>terminal at location, period number</comment>
            <translation>%1 in %2, periode %3</translation>
        </message>
        <message>
            <source>The portal's day-close report, kept in this cache: it opens offline too.</source>
            <translation>Het rapport van het portaal, bewaard in deze cache: het opent ook offline.</translation>
        </message>
        <message>
            <source>The portal's day-close report, just downloaded and now kept in this cache.</source>
            <translation>Het rapport van het portaal, net gedownload en nu bewaard in deze cache.</translation>
        </message>
        <message>
            <source>Made by Comptoir from the data in this cache — not the portal's day-close report. It covers the transactions synced to this computer.</source>
            <translation>Gemaakt door Comptoir met de gegevens in deze cache — niet het rapport van het portaal. Het omvat de transacties die naar deze computer gesynchroniseerd zijn.</translation>
        </message>
        <message>
            <source>Day close.pdf</source>
            <translation>Dagafsluiting.pdf</translation>
        </message>
        <message>
            <source>Day close %1 %2 %3</source>
            <comment>terminal, period number, date</comment>
            <translation>Dagafsluiting %1 %2 %3</translation>
        </message>
        <message>
            <source>(made by Comptoir)</source>
            <translation>(gemaakt door Comptoir)</translation>
        </message>
        <message>
            <source>Save the day-close report</source>
            <translation>Rapport van de dagafsluiting opslaan</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Pdf-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Choose another folder or name.</source>
            <translation>Het rapport kon niet opgeslagen worden als %1: %2. Kies een andere map of naam.</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Check the free space, or choose another folder.</source>
            <translation>Het rapport kon niet opgeslagen worden als %1: %2. Controleer de vrije ruimte of kies een andere map.</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Opgeslagen als %1.</translation>
        </message>
        <message>
            <source>Print the day-close report</source>
            <translation>Rapport van de dagafsluiting afdrukken</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is connected and switched on.</source>
            <translation>De printer kon niet gestart worden. Controleer of hij aangesloten en ingeschakeld is.</translation>
        </message>
        <message>
            <source>The report could not be printed completely. Check the printer and try again.</source>
            <translation>Het rapport kon niet volledig afgedrukt worden. Controleer de printer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Naar de printer gestuurd.</translation>
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
            <translation>Het demoportaal wordt voorbereid…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
        <message numerus="yes">
            <source>Signing in to the demo portal and syncing…
%Ln transactions received</source>
            <translation>
                <numerusform>Aanmelden bij het demoportaal en synchroniseren…
%Ln transactie ontvangen</numerusform>
                <numerusform>Aanmelden bij het demoportaal en synchroniseren…
%Ln transacties ontvangen</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo portal cannot start: %1</source>
            <translation>Het demoportaal kan niet starten: %1</translation>
        </message>
        <message>
            <source>The demo portal cannot listen on this computer's loopback address.</source>
            <translation>Het demoportaal kan niet luisteren op het loopbackadres van deze computer.</translation>
        </message>
        <message>
            <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
            <translation>De oude demogegevens in %1 kunnen niet worden vervangen. Sluit de andere Comptoir-vensters en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The demo portal cannot be prepared: %1</source>
            <translation>Het demoportaal kan niet worden voorbereid: %1</translation>
        </message>
        <message>
            <source>The demo data cannot be written to %1.</source>
            <translation>De demogegevens kunnen niet naar %1 worden geschreven.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ExportDialog</name>
        <message>
            <source>Export transactions</source>
            <translation>Transacties exporteren</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profiel:</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>Geen profiel</translation>
        </message>
        <message>
            <source>Saved export settings, for exporting the same way again.</source>
            <translation>Opgeslagen exportinstellingen, om opnieuw op dezelfde manier te exporteren.</translation>
        </message>
        <message>
            <source>&amp;Save as profile…</source>
            <translation>Op&amp;slaan als profiel…</translation>
        </message>
        <message>
            <source>Keep these settings under a name. A profile that exports only what is new remembers what it has exported.</source>
            <translation>Bewaar deze instellingen onder een naam. Een profiel dat alleen het nieuwe exporteert, onthoudt wat het al heeft geëxporteerd.</translation>
        </message>
        <message>
            <source>&amp;Delete profile</source>
            <translation>Profiel ver&amp;wijderen</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Wat exporteren</translation>
        </message>
        <message>
            <source>The transactions shown on the &amp;Transactions page</source>
            <translation>De transacties op de pagina &amp;Transacties</translation>
        </message>
        <message>
            <source>B&amp;usiness days and locations</source>
            <translation>Ver&amp;koopdagen en locaties</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>t&amp;ot en met:</translation>
        </message>
        <message>
            <source>Only what is &amp;new since the last export of this profile</source>
            <translation>Alleen wat &amp;nieuw is sinds de laatste export van dit profiel</translation>
        </message>
        <message>
            <source>Starting from</source>
            <translation>Vanaf</translation>
        </message>
        <message>
            <source>&amp;Locations:</source>
            <translation>&amp;Locaties:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Fo&amp;rmat:</source>
            <translation>Fo&amp;rmaat:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-werkmap (.xlsx)</translation>
        </message>
        <message>
            <source>CSV text file (.csv)</source>
            <translation>CSV-tekstbestand (.csv)</translation>
        </message>
        <message>
            <source>The workbook holds the transactions and summaries by day, location and payment method; a CSV file holds the transactions only.</source>
            <translation>De werkmap bevat de transacties en overzichten per dag, locatie en betaalmethode; een CSV-bestand bevat alleen de transacties.</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the file:</source>
            <translation>T&amp;aal van het bestand:</translation>
        </message>
        <message>
            <source>Statuses, payment methods and column headers are written in this language, whatever the language of Comptoir.</source>
            <translation>Statussen, betaalmethodes en kolomkoppen worden in deze taal geschreven, ongeacht de taal van Comptoir.</translation>
        </message>
        <message>
            <source>Sep&amp;arator:</source>
            <translation>S&amp;cheidingsteken:</translation>
        </message>
        <message>
            <source>As usual for the language</source>
            <translation>Zoals gebruikelijk voor de taal</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>Puntkomma ;</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>Komma ,</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Deci&amp;mal mark:</source>
            <translation>Deci&amp;maalteken:</translation>
        </message>
        <message>
            <source>Point .</source>
            <translation>Punt .</translation>
        </message>
        <message>
            <source>&amp;ISO dates (2026-12-31)</source>
            <translation>&amp;ISO-datums (2026-12-31)</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Bestemming:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Bla&amp;deren…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>vanaf %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>tot en met %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>alle dagen</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>alle locaties</translation>
        </message>
        <message>
            <source>search “%1”</source>
            <translation>zoekopdracht “%1”</translation>
        </message>
        <message>
            <source>one day close</source>
            <translation>één dagafsluiting</translation>
        </message>
        <message>
            <source>A transaction that changed after it was exported — a status set by hand, a chargeback, a refund — comes back in the next export as two rows: a reversal of what was sent (the amount negated) and its new version. Book every row and nothing is counted twice.</source>
            <translation>Een transactie die gewijzigd is nadat ze werd geëxporteerd — een handmatig ingestelde status, een chargeback, een terugbetaling — komt in de volgende export terug als twee rijen: een tegenboeking van wat werd verzonden (het bedrag omgekeerd) en haar nieuwe versie. Boek elke rij en niets wordt dubbel geteld.</translation>
        </message>
        <message numerus="yes">
            <source>Export %1 of “%2” was made on %3 (%Ln rows); the next holds only what is new or changed since.</source>
            <translation>
                <numerusform>Export %1 van “%2” werd gemaakt op %3 (%Ln rij); de volgende bevat alleen wat sindsdien nieuw of gewijzigd is.</numerusform>
                <numerusform>Export %1 van “%2” werd gemaakt op %3 (%Ln rijen); de volgende bevat alleen wat sindsdien nieuw of gewijzigd is.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has not exported anything yet: its first export holds every transaction of its locations (from the day chosen).</source>
            <translation>“%1” heeft nog niets geëxporteerd: de eerste export bevat elke transactie van zijn locaties (vanaf de gekozen dag).</translation>
        </message>
        <message>
            <source>Save the settings as a profile (on Export you are asked for a name): its first export holds every transaction of its locations, each later one only what is new or changed since.</source>
            <translation>Sla de instellingen op als profiel (bij Exporteren wordt om een naam gevraagd): de eerste export bevat elke transactie van zijn locaties, elke volgende alleen wat sindsdien nieuw of gewijzigd is.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Your account may not export transactions of any location. An administrator can give you the Export permission in the portal.</source>
            <translation>Uw account mag van geen enkele locatie transacties exporteren. Een beheerder kan u in het portaal het recht Export geven.</translation>
        </message>
        <message>
            <source>Transactions %1 to %2</source>
            <translation>Transacties %1 tot %2</translation>
        </message>
        <message>
            <source>Transactions %1</source>
            <translation>Transacties %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporteren naar</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation>Boekhouder</translation>
        </message>
        <message>
            <source>Save as profile</source>
            <translation>Opslaan als profiel</translation>
        </message>
        <message>
            <source>Name of the profile:</source>
            <translation>Naam van het profiel:</translation>
        </message>
        <message>
            <source>The profile “%1” is saved.</source>
            <translation>Het profiel “%1” is opgeslagen.</translation>
        </message>
        <message>
            <source>Delete the profile “%1”? Comptoir then forgets what it has exported: a new profile would export everything again.</source>
            <translation>Het profiel “%1” verwijderen? Comptoir vergeet dan wat het heeft geëxporteerd: een nieuw profiel zou alles opnieuw exporteren.</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Profiel verwijderen</translation>
        </message>
        <message>
            <source>The profile “%1” is deleted.</source>
            <translation>Het profiel “%1” is verwijderd.</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Kies waar het bestand moet worden opgeslagen.</translation>
        </message>
        <message>
            <source>The first day comes after the last one.</source>
            <translation>De eerste dag valt na de laatste.</translation>
        </message>
        <message>
            <source>Choose at least one location.</source>
            <translation>Kies minstens één locatie.</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 bestaat al. Vervangen?</translation>
        </message>
        <message>
            <source>Replace file</source>
            <translation>Bestand vervangen</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Het bestand wordt geschreven…</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 van %2 transacties</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
        <message>
            <source>Export %1 of the profile: %2 new, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1 van het profiel: %2 nieuw, %3 gecorrigeerd (elk als tegenboeking en nieuwe versie).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::FilterBar</name>
        <message>
            <source>Custom range…</source>
            <translation>Aangepaste periode…</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>Which days to show</source>
            <translation>Welke dagen tonen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Alle locaties</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n locatie</numerusform>
                <numerusform>%n locaties</numerusform>
            </translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Alle terminals</translation>
        </message>
        <message numerus="yes">
            <source>%n terminals</source>
            <translation>
                <numerusform>%n terminal</numerusform>
                <numerusform>%n terminals</numerusform>
            </translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message numerus="yes">
            <source>%n statuses</source>
            <translation>
                <numerusform>%n status</numerusform>
                <numerusform>%n statussen</numerusform>
            </translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Statussen</translation>
        </message>
        <message>
            <source>All payment methods</source>
            <translation>Alle betaalmethodes</translation>
        </message>
        <message numerus="yes">
            <source>%n payment methods</source>
            <translation>
                <numerusform>%n betaalmethode</numerusform>
                <numerusform>%n betaalmethodes</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Betaalmethodes</translation>
        </message>
        <message>
            <source>All processors</source>
            <translation>Alle verwerkers</translation>
        </message>
        <message numerus="yes">
            <source>%n processors</source>
            <translation>
                <numerusform>%n verwerker</numerusform>
                <numerusform>%n verwerkers</numerusform>
            </translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Verwerkers</translation>
        </message>
        <message>
            <source>Who processed the payment: CCV, or another acquirer or voucher issuer</source>
            <translation>Wie de betaling verwerkte: CCV, of een andere acquirer of uitgever van maaltijdcheques</translation>
        </message>
        <message>
            <source>Status set:</source>
            <translation>Status ingesteld:</translation>
        </message>
        <message>
            <source>automatically or by hand</source>
            <translation>automatisch of handmatig</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>handmatig</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Bedrag:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>van</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Smallest amount</source>
            <translation>Kleinste bedrag</translation>
        </message>
        <message>
            <source>Largest amount</source>
            <translation>Grootste bedrag</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <source>Reference or last 4 card digits</source>
            <translation>Referentie of laatste 4 cijfers van de kaart</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Dagafsluiting</translation>
        </message>
        <message>
            <source>Day close %1 · %2</source>
            <comment>period sequence number · terminal name</comment>
            <translation>Dagafsluiting %1 · %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type it as you would write it, for example %2.</source>
            <translation>“%1” is geen bedrag. Typ het zoals u het zou schrijven, bijvoorbeeld %2.</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>Meer filters</translation>
        </message>
        <message>
            <source>More filters (%1)</source>
            <translation>Meer filters (%1)</translation>
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
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Comptoir</source>
            <translation>&amp;Over Comptoir</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LocationTreeModel</name>
        <message>
            <source>Never</source>
            <translation>Nooit</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>Zonet</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>%1 min geleden</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Vandaag, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Gisteren, %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal:</source>
            <translation>In conflict met een wijziging op het portaal:</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>Wacht op het portaal:</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Gedeactiveerd</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Gedeactiveerd op %1</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>App versions</source>
            <translation>App-versies</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Laatst gezien</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%n actief</numerusform>
                <numerusform>%n actief</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n deactivated</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%1, %n gedeactiveerd</numerusform>
                <numerusform>%1, %n gedeactiveerd</numerusform>
            </translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LocationsPage</name>
        <message>
            <source>There is no “New location”: CCV creates a location when a terminal is ordered for a new address. You can rename locations, and move a terminal to another location by dragging it there or with “Move to”.</source>
            <translation>Er is geen “Nieuwe locatie”: CCV maakt een locatie aan wanneer een terminal voor een nieuw adres besteld wordt. U kunt locaties hernoemen en een terminal naar een andere locatie verplaatsen door hem ernaartoe te slepen of met “Verplaatsen naar”.</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <source>Rename the selected location or terminal (F2)</source>
            <translation>De gekozen locatie of terminal hernoemen (F2)</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Verplaatsen naar</translation>
        </message>
        <message>
            <source>Move the selected terminals to another location (Ctrl+M), or drag them there</source>
            <translation>De gekozen terminals naar een andere locatie verplaatsen (Ctrl+M), of ze ernaartoe slepen</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactiveren…</translation>
        </message>
        <message>
            <source>Deactivate the selected terminal, so that a replacement can take over its name (Del)</source>
            <translation>De gekozen terminal deactiveren, zodat een vervanger zijn naam kan overnemen (Del)</translation>
        </message>
        <message>
            <source>Move to ▾</source>
            <translation>Verplaatsen naar ▾</translation>
        </message>
        <message>
            <source>Show deactivated terminals</source>
            <translation>Gedeactiveerde terminals tonen</translation>
        </message>
        <message>
            <source>Find a location or terminal</source>
            <translation>Een locatie of terminal zoeken</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Locaties &amp; terminals</translation>
        </message>
        <message>
            <source>Your user groups give you no locations to manage here.</source>
            <translation>Uw gebruikersgroepen geven u hier geen locaties om te beheren.</translation>
        </message>
        <message>
            <source>There are no locations in the cache yet. They arrive with the next sync.</source>
            <translation>Er staan nog geen locaties in de cache. Ze komen binnen bij de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Rename location</source>
            <translation>Locatie hernoemen</translation>
        </message>
        <message>
            <source>New name for the location “%1” (at most %2 characters):</source>
            <translation>Nieuwe naam voor de locatie “%1” (hoogstens %2 tekens):</translation>
        </message>
        <message>
            <source>Rename terminal</source>
            <translation>Terminal hernoemen</translation>
        </message>
        <message>
            <source>New name for the terminal “%1” at %2 (at most %3 characters). No other active terminal may have the same name.</source>
            <translation>Nieuwe naam voor de terminal “%1” in %2 (hoogstens %3 tekens). Geen andere actieve terminal mag dezelfde naam hebben.</translation>
        </message>
        <message>
            <source>Your user groups do not allow moving “%1” to “%2”.</source>
            <translation>Uw gebruikersgroepen laten niet toe “%1” naar “%2” te verplaatsen.</translation>
        </message>
        <message>
            <source>Move terminal</source>
            <translation>Terminal verplaatsen</translation>
        </message>
        <message>
            <source>%1, serial number %2</source>
            <translation>%1, serienummer %2</translation>
        </message>
        <message>
            <source>Deactivate the terminal “%1” (%2) at %3?</source>
            <translation>De terminal “%1” (%2) in %3 deactiveren?</translation>
        </message>
        <message>
            <source>Deactivating frees the name “%1”: a replacement terminal can then sign in under this name and take over this terminal's transaction history.</source>
            <translation>Deactiveren maakt de naam “%1” vrij: een vervangende terminal kan zich dan onder deze naam aanmelden en de transactiegeschiedenis van deze terminal overnemen.</translation>
        </message>
        <message>
            <source>A deactivation cannot be undone from Comptoir.</source>
            <translation>Een deactivering kan niet ongedaan gemaakt worden vanuit Comptoir.</translation>
        </message>
        <message>
            <source>Deactivate terminal</source>
            <translation>Terminal deactiveren</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactiveren</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Hernoemen</translation>
        </message>
        <message>
            <source>Locations: %1 · active terminals: %2 · deactivated: %3</source>
            <translation>Locaties: %1 · actieve terminals: %2 · gedeactiveerd: %3</translation>
        </message>
        <message>
            <source>Select a location or a terminal to see its details.</source>
            <translation>Kies een locatie of een terminal om de details te zien.</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 gekozen</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <source>Your user groups do not allow renaming this location.</source>
            <translation>Uw gebruikersgroepen laten niet toe deze locatie te hernoemen.</translation>
        </message>
        <message>
            <source>Your user groups do not allow changing the terminals of this location.</source>
            <translation>Uw gebruikersgroepen laten niet toe de terminals van deze locatie te wijzigen.</translation>
        </message>
        <message>
            <source>Terminal at %1</source>
            <translation>Terminal in %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Gedeactiveerd op %1</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Gedeactiveerd</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Laatst gezien</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nooit</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>(%1 elsewhere)</source>
            <translation>(%1 elders)</translation>
        </message>
        <message>
            <source>Apps</source>
            <translation>Apps</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>Geen gemeld</translation>
        </message>
        <message>
            <source>Its name is free: a replacement terminal can sign in under it and take over its history.</source>
            <translation>Zijn naam is vrij: een vervangende terminal kan zich eronder aanmelden en zijn geschiedenis overnemen.</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal — see “Changes waiting for the portal”:</source>
            <translation>In conflict met een wijziging op het portaal — zie “Wijzigingen die op het portaal wachten”:</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>Wacht op het portaal:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LogoDialog</name>
        <message>
            <source>Receipt logo</source>
            <translation>Logo op de pinbon</translation>
        </message>
        <message>
            <source>Drag a rectangle over the part of the image to keep.</source>
            <translation>Sleep een rechthoek over het deel van de afbeelding dat u wilt houden.</translation>
        </message>
        <message>
            <source>&amp;Whole image</source>
            <translation>&amp;Hele afbeelding</translation>
        </message>
        <message>
            <source>&amp;Trim white borders</source>
            <translation>&amp;Witte randen wegsnijden</translation>
        </message>
        <message>
            <source>Wi&amp;dth:</source>
            <translation>Bree&amp;dte:</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> punten</translation>
        </message>
        <message>
            <source>&amp;Automatic</source>
            <translation>&amp;Automatisch</translation>
        </message>
        <message>
            <source>As wide as the paper, unless that makes the logo higher than 24 mm.</source>
            <translation>Zo breed als het papier, tenzij het logo dan hoger wordt dan 24 mm.</translation>
        </message>
        <message>
            <source>&amp;Brightness:</source>
            <translation>&amp;Helderheid:</translation>
        </message>
        <message>
            <source>Lighter to the right: fewer black dots.</source>
            <translation>Lichter naar rechts: minder zwarte punten.</translation>
        </message>
        <message>
            <source>T&amp;hreshold:</source>
            <translation>D&amp;rempel:</translation>
        </message>
        <message>
            <source>Grey darker than this prints black; the difference is spread over the next dots (Floyd–Steinberg), so shades become patterns of dots.</source>
            <translation>Grijs dat donkerder is dan dit wordt zwart afgedrukt; het verschil wordt over de volgende punten verdeeld (Floyd-Steinberg), zodat tinten puntpatronen worden.</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <source>What the printer prints, dot for dot:</source>
            <translation>Wat de printer afdrukt, punt voor punt:</translation>
        </message>
        <message>
            <source>Use this logo</source>
            <translation>Dit logo gebruiken</translation>
        </message>
        <message>
            <source>Nothing is left to print: the part kept is blank. Choose another part, or the whole image.</source>
            <translation>Er blijft niets over om af te drukken: het gekozen deel is leeg. Kies een ander deel, of de hele afbeelding.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm) on %5 mm paper, %6 KiB.</source>
            <translation>%1 × %2 punten (%3 × %4 mm) op papier van %5 mm, %6 KiB.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Pagina’s</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
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
            <translation>Het lokale cachebestand</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in the cache</source>
            <translation>
                <numerusform>%Ln transactie in de cache</numerusform>
                <numerusform>%Ln transacties in de cache</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Stop the sync. What has arrived so far is kept.</source>
            <translation>De synchronisatie stoppen. Wat al binnen is, blijft bewaard.</translation>
        </message>
        <message>
            <source>&amp;Portal</source>
            <translation>&amp;Portaal</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>Nu &amp;synchroniseren</translation>
        </message>
        <message>
            <source>&amp;Changes waiting for the portal…</source>
            <translation>&amp;Wijzigingen die op het portaal wachten…</translation>
        </message>
        <message>
            <source>&amp;Background sync</source>
            <translation>Synchronisatie op de &amp;achtergrond</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Elke %n minuut</numerusform>
                <numerusform>Elke %n minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Af&amp;melden</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchroniseren…</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>Alles is bijgewerkt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new or changed transactions.</source>
            <translation>
                <numerusform>%Ln nieuwe of gewijzigde transactie.</numerusform>
                <numerusform>%Ln nieuwe of gewijzigde transacties.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync stopped. What had arrived is kept.</source>
            <translation>Synchronisatie gestopt. Wat al binnen was, blijft bewaard.</translation>
        </message>
        <message>
            <source>The portal did not take all your changes: see what needs your attention.</source>
            <translation>Het portaal heeft niet al uw wijzigingen overgenomen: bekijk wat uw aandacht vraagt.</translation>
        </message>
        <message>
            <source>Offline: no portal sign-in</source>
            <translation>Offline: niet aangemeld bij het portaal</translation>
        </message>
        <message>
            <source>This cache is shown as it was last synced.</source>
            <translation>Deze cache wordt getoond zoals bij de laatste synchronisatie.</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>The portal answered the last sync.</source>
            <translation>Het portaal heeft op de laatste synchronisatie geantwoord.</translation>
        </message>
        <message>
            <source>○ Offline</source>
            <translation>○ Offline</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nooit gesynchroniseerd</translation>
        </message>
        <message>
            <source>Last synced just now</source>
            <translation>Zojuist gesynchroniseerd</translation>
        </message>
        <message numerus="yes">
            <source>Last synced %n minutes ago</source>
            <translation>
                <numerusform>%n minuut geleden gesynchroniseerd</numerusform>
                <numerusform>%n minuten geleden gesynchroniseerd</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced at %1</source>
            <translation>Laatst gesynchroniseerd om %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention</source>
            <translation>
                <numerusform>%n wijziging vraagt uw aandacht</numerusform>
                <numerusform>%n wijzigingen vragen uw aandacht</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo portal</source>
            <translation>Demoportaal</translation>
        </message>
        <message>
            <source>Synced from the demo portal running inside Comptoir, kept in %1</source>
            <translation>Gesynchroniseerd met het demoportaal dat in Comptoir draait, bewaard in %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for the portal</source>
            <translation>
                <numerusform>%n wijziging wacht op het portaal</numerusform>
                <numerusform>%n wijzigingen wachten op het portaal</numerusform>
            </translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Dagafsluitingen</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Locaties &amp; terminals</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Pinbonnen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>Syncing (%1): %2 transactions, %3 day closes</source>
            <comment>%1 is the step, e.g. “Transactions”</comment>
            <translation>Synchroniseren (%1): %2 transacties, %3 dagafsluitingen</translation>
        </message>
        <message>
            <source>Last synced on %1</source>
            <translation>Laatst gesynchroniseerd op %1</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Export the transactions to Excel or CSV for the bookkeeping</source>
            <translation>De transacties exporteren naar Excel of CSV voor de boekhouding</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OutboxDialog</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Gedeactiveerd</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Gedeactiveerd op %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Ingesteld door</translation>
        </message>
        <message>
            <source>The terminal, automatically</source>
            <translation>De terminal, automatisch</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Handmatig</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Ingesteld op</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Geen logo</translation>
        </message>
        <message>
            <source>A logo</source>
            <translation>Een logo</translation>
        </message>
        <message>
            <source>Customer receipt</source>
            <translation>Pinbon voor de klant</translation>
        </message>
        <message>
            <source>Printed after every payment</source>
            <translation>Afgedrukt na elke betaling</translation>
        </message>
        <message>
            <source>Printed when the customer asks</source>
            <translation>Afgedrukt als de klant erom vraagt</translation>
        </message>
        <message>
            <source>Changes waiting for the portal</source>
            <translation>Wijzigingen die op het portaal wachten</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Uw wijziging</translation>
        </message>
        <message>
            <source>On the portal now</source>
            <translation>Nu op het portaal</translation>
        </message>
        <message>
            <source>Your change and the portal's version</source>
            <translation>Uw wijziging en de versie van het portaal</translation>
        </message>
        <message>
            <source>&amp;Keep my change</source>
            <translation>Mijn wijziging &amp;behouden</translation>
        </message>
        <message>
            <source>Your change is sent to the portal again, on top of the portal's version.</source>
            <translation>Uw wijziging wordt opnieuw naar het portaal verzonden en toegepast op de versie van het portaal.</translation>
        </message>
        <message>
            <source>&amp;Use the portal's version</source>
            <translation>De versie van het &amp;portaal gebruiken</translation>
        </message>
        <message>
            <source>Your change is dropped: this computer shows the portal's version.</source>
            <translation>Uw wijziging vervalt: deze computer toont de versie van het portaal.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Negeren</translation>
        </message>
        <message>
            <source>Removes it from this list. The change stays undone.</source>
            <translation>Haalt de wijziging uit deze lijst. Ze blijft ongedaan gemaakt.</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Wacht op verzending</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflict: kies een versie</translation>
        </message>
        <message>
            <source>Refused by the portal</source>
            <translation>Geweigerd door het portaal</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 door %2</translation>
        </message>
        <message>
            <source>Every change you made has reached the portal.</source>
            <translation>Al uw wijzigingen zijn op het portaal aangekomen.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent to the portal at the next sync. The portal decides: until then, Comptoir shows them as you made them.</source>
            <translation>
                <numerusform>%n wijziging wordt bij de volgende synchronisatie naar het portaal verzonden. Het portaal beslist: tot dan toont Comptoir de wijziging zoals u die hebt gemaakt.</numerusform>
                <numerusform>%n wijzigingen worden bij de volgende synchronisatie naar het portaal verzonden. Het portaal beslist: tot dan toont Comptoir ze zoals u ze hebt gemaakt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention. Select one to see what happened and what you can do; closing this window leaves everything as it is.</source>
            <translation>
                <numerusform>%n wijziging vraagt uw aandacht. Selecteer ze om te zien wat er is gebeurd en wat u kunt doen; als u dit venster sluit, blijft alles zoals het is.</numerusform>
                <numerusform>%n wijzigingen vragen uw aandacht. Selecteer er een om te zien wat er is gebeurd en wat u kunt doen; als u dit venster sluit, blijft alles zoals het is.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is waiting.</source>
            <translation>Er wacht niets.</translation>
        </message>
        <message>
            <source>Select a change to see it here.</source>
            <translation>Selecteer een wijziging om ze hier te zien.</translation>
        </message>
        <message>
            <source>Waiting for an earlier change of the same item, which needs your attention first. Comptoir sends this one after it.</source>
            <translation>Wacht op een eerdere wijziging van hetzelfde item, die eerst uw aandacht vraagt. Comptoir verzendt deze daarna.</translation>
        </message>
        <message>
            <source>Waiting to be sent. Comptoir sends it at the next sync; this computer already shows it.</source>
            <translation>Wacht op verzending. Comptoir verzendt de wijziging bij de volgende synchronisatie; deze computer toont ze al.</translation>
        </message>
        <message>
            <source>The portal refused this change: %1

Comptoir has undone it on this computer, which shows the portal's version again.</source>
            <translation>Het portaal heeft deze wijziging geweigerd: %1

Comptoir heeft ze op deze computer ongedaan gemaakt; de computer toont weer de versie van het portaal.</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>het portaal gaf geen reden op.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Iemand heeft dit op het portaal gewijzigd nadat u uw wijziging had gemaakt.</translation>
        </message>
        <message>
            <source>Choose which version to keep.</source>
            <translation>Kies welke versie u wilt behouden.</translation>
        </message>
        <message>
            <source>(not on the portal)</source>
            <translation>(niet op het portaal)</translation>
        </message>
        <message>
            <source>The two versions differ here</source>
            <translation>Hier verschillen de twee versies</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>gecentreerd</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>vet</translation>
        </message>
        <message>
            <source>double height</source>
            <translation>dubbele hoogte</translation>
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
            <translation>%1 mm, kleine tekst</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, normale tekst</translation>
        </message>
        <message>
            <source>Header (%1)</source>
            <translation>Kop (%1)</translation>
        </message>
        <message>
            <source>Footer (%1)</source>
            <translation>Voet (%1)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PeriodTableModel</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Bewaard</translation>
        </message>
        <message>
            <source>On the portal</source>
            <translation>Op het portaal</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>The day-close report is kept in this cache: it opens offline too.</source>
            <translation>Het rapport van de dagafsluiting is bewaard in deze cache: het opent ook offline.</translation>
        </message>
        <message>
            <source>The report is downloaded from the portal the first time you open it, then kept.</source>
            <translation>Het rapport wordt van het portaal gedownload de eerste keer dat u het opent, en daarna bewaard.</translation>
        </message>
        <message>
            <source>The period is still open: its report exists once the terminal closes the day.</source>
            <translation>De periode is nog open: het rapport bestaat pas als de terminal de dag afsluit.</translation>
        </message>
        <message>
            <source>Net total of the period, as the portal counts it</source>
            <translation>Nettototaal van de periode, zoals het portaal het telt</translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s) in the period</source>
            <translation>
                <numerusform>%n transactie in de periode</numerusform>
                <numerusform>%n transacties in de periode</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of transactions in the period</source>
            <translation>Aantal transacties in de periode</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>No.</source>
            <comment>period sequence number</comment>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Count</source>
            <comment>number of transactions</comment>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
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
            <translation>Links</translation>
        </message>
        <message>
            <source>Centred</source>
            <translation>Gecentreerd</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>%1 characters: a line holds %2 here.</source>
            <translation>%1 tekens: een regel bevat er hier %2.</translation>
        </message>
        <message>
            <source>The terminals cannot print %1.</source>
            <translation>De terminals kunnen %1 niet afdrukken.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Characters on this line, and how many fit on the paper in this text size.</source>
            <translation>Tekens op deze regel, en hoeveel er op het papier passen in deze tekstgrootte.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengte</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Uitlijning</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Vet</translation>
        </message>
        <message>
            <source>Double height</source>
            <translation>Dubbele hoogte</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptLocationModel</name>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflict: kies een versie</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>Wacht op het portaal</translation>
        </message>
        <message>
            <source>Verifone: set by CCV support</source>
            <translation>Verifone: ingesteld door CCV</translation>
        </message>
        <message>
            <source>No active terminal</source>
            <translation>Geen actieve terminal</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Nog niet gesynchroniseerd</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Pinbon</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPreview</name>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Tonen:</translation>
        </message>
        <message>
            <source>Customer's receipt</source>
            <translation>Pinbon voor de klant</translation>
        </message>
        <message>
            <source>Merchant's receipt</source>
            <translation>Pinbon voor de handelaar</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>At 100 % one printed dot is one pixel of the screen.</source>
            <translation>Op 100 % is één afgedrukt punt één pixel op het scherm.</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Voorbeeld van de pinbon</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passend</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptsPage</name>
        <message>
            <source>There are no locations in the cache yet. Sync with the portal first.</source>
            <translation>Er staan nog geen locaties in de cache. Synchroniseer eerst met het portaal.</translation>
        </message>
        <message>
            <source>Your user groups on the portal do not include Receipts for any location. Ask your administrator.</source>
            <translation>Uw gebruikersgroepen op het portaal geven voor geen enkele locatie toegang tot Pinbonnen. Vraag het aan uw beheerder.</translation>
        </message>
        <message>
            <source>%1 characters per line.</source>
            <translation>%1 tekens per regel.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Geen logo</translation>
        </message>
        <message>
            <source>The logo cannot be read</source>
            <translation>Het logo kan niet worden gelezen</translation>
        </message>
        <message>
            <source>Receipts start with the header lines.</source>
            <translation>De pinbon begint met de kopregels.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm), %5 KiB.</source>
            <translation>%1 × %2 punten (%3 × %4 mm), %5 KiB.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts. Call CCV support to change what they print. This is the layout the portal keeps for the location; it is shown, not used.</source>
            <translation>De terminals op deze locatie zijn Verifone-terminals: hun pinbonnen worden gewijzigd door de klantenservice van CCV. Bel de klantenservice van CCV om te wijzigen wat ze afdrukken. Dit is de opmaak die het portaal voor de locatie bewaart; ze wordt getoond, niet gebruikt.</translation>
        </message>
        <message>
            <source>No terminal is active at this location. A receipt layout is for the PAX terminals of a location; it can be changed once one is active there.</source>
            <translation>Op deze locatie is geen terminal actief. Een pinbonopmaak is voor de PAX-terminals van een locatie; u kunt ze wijzigen zodra er daar een actief is.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync with the portal (F5) to edit it.</source>
            <translation>De pinbon van deze locatie staat nog niet in de cache. Synchroniseer met het portaal (F5) om hem te bewerken.</translation>
        </message>
        <message>
            <source>Nobody is signed in: receipts are only shown. Sign in to change them.</source>
            <translation>Er is niemand aangemeld: pinbonnen worden alleen getoond. Meld u aan om ze te wijzigen.</translation>
        </message>
        <message>
            <source>Someone changed this receipt on the portal after your last change. Choose which version to keep; until then, new changes wait behind it.</source>
            <translation>Iemand heeft deze pinbon op het portaal gewijzigd na uw laatste wijziging. Kies welke versie u houdt; tot dan wachten nieuwe wijzigingen daarachter.</translation>
        </message>
        <message>
            <source>The portal's version of this receipt changed while you were editing. Saving replaces it with yours; Revert shows the portal's.</source>
            <translation>De versie van deze pinbon op het portaal is gewijzigd terwijl u aan het bewerken was. Opslaan vervangt ze door de uwe; Terugzetten toont die van het portaal.</translation>
        </message>
        <message>
            <source>Your last change is waiting to be sent to the portal: it goes with the next sync.</source>
            <translation>Uw laatste wijziging wacht op verzending naar het portaal: ze gaat mee met de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>This location also has Verifone terminals: they keep the receipt CCV support set up for them. This layout is for its PAX terminals.</source>
            <translation>Deze locatie heeft ook Verifone-terminals: die houden de pinbon die de klantenservice van CCV voor hen heeft ingesteld. Deze opmaak is voor de PAX-terminals.</translation>
        </message>
        <message>
            <source>The terminals can print this receipt as it is.</source>
            <translation>De terminals kunnen deze pinbon afdrukken zoals hij is.</translation>
        </message>
        <message>
            <source>Fix what is listed under “Before saving” first.</source>
            <translation>Los eerst op wat onder “Voor het opslaan” staat.</translation>
        </message>
        <message>
            <source>Save this receipt first: what is saved is copied.</source>
            <translation>Sla deze pinbon eerst op: wat is opgeslagen, wordt gekopieerd.</translation>
        </message>
        <message>
            <source>Printed after every payment.</source>
            <translation>Na elke betaling afgedrukt.</translation>
        </message>
        <message>
            <source>Printed only when the customer asks for it after the payment.</source>
            <translation>Alleen afgedrukt als de klant er na de betaling om vraagt.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>The receipt of “%1” has changes that are not saved.</source>
            <translation>De pinbon van “%1” heeft wijzigingen die niet zijn opgeslagen.</translation>
        </message>
        <message>
            <source>Import a logo</source>
            <translation>Een logo importeren</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.svg);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>This file cannot be a logo</source>
            <translation>Dit bestand kan geen logo zijn</translation>
        </message>
        <message>
            <source>The receipt cannot be saved yet</source>
            <translation>De pinbon kan nog niet worden opgeslagen</translation>
        </message>
        <message>
            <source>The terminals could not print it:
%1</source>
            <translation>De terminals zouden hem niet kunnen afdrukken:
%1</translation>
        </message>
        <message>
            <source>The receipt cannot be saved</source>
            <translation>De pinbon kan niet worden opgeslagen</translation>
        </message>
        <message>
            <source>Saved. The change is sent to the portal with the next sync.</source>
            <translation>Opgeslagen. De wijziging gaat naar het portaal met de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>The receipt was not copied</source>
            <translation>De pinbon is niet gekopieerd</translation>
        </message>
        <message>
            <source>Nothing was copied. %1</source>
            <translation>Er is niets gekopieerd. %1</translation>
        </message>
        <message numerus="yes">
            <source>Copied to %n location(s). The changes are sent to the portal with the next sync.</source>
            <translation>
                <numerusform>Naar %n locatie gekopieerd. De wijzigingen gaan naar het portaal met de volgende synchronisatie.</numerusform>
                <numerusform>Naar %n locaties gekopieerd. De wijzigingen gaan naar het portaal met de volgende synchronisatie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Pinbonnen</translation>
        </message>
        <message>
            <source>What the PAX terminals of each location print: a logo at the top, your texts above and under the payment, in the language of the receipt. The preview shows it dot for dot.</source>
            <translation>Wat de PAX-terminals van elke locatie afdrukken: bovenaan een logo, uw teksten boven en onder de betaling, in de taal van de pinbon. Het voorbeeld toont de pinbon punt voor punt.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Tekstgrootte:</translation>
        </message>
        <message>
            <source>58 mm (384 dots)</source>
            <translation>58 mm (384 punten)</translation>
        </message>
        <message>
            <source>80 mm (576 dots)</source>
            <translation>80 mm (576 punten)</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Klein</translation>
        </message>
        <message>
            <source>The paper in the terminals' printer: most PAX terminals take 58 mm rolls.</source>
            <translation>Het papier in de printer van de terminals: de meeste PAX-terminals nemen rollen van 58 mm.</translation>
        </message>
        <message>
            <source>Print the &amp;customer receipt by default</source>
            <translation>Pinbon voor de &amp;klant standaard afdrukken</translation>
        </message>
        <message>
            <source>When this is off, the terminal prints only the merchant's receipt; the customer can still get a receipt after the payment.</source>
            <translation>Staat dit uit, dan drukt de terminal alleen de pinbon voor de handelaar af; de klant kan na de betaling nog altijd een pinbon krijgen.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>A PNG, JPEG, BMP or SVG image. It is made black and white for the printer.</source>
            <translation>Een PNG-, JPEG-, BMP- of SVG-afbeelding. Ze wordt zwart-wit gemaakt voor de printer.</translation>
        </message>
        <message>
            <source>&amp;Adjust…</source>
            <translation>&amp;Aanpassen…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Teksten</translation>
        </message>
        <message>
            <source>&amp;Header: under the logo, above the payment</source>
            <translation>&amp;Kop: onder het logo, boven de betaling</translation>
        </message>
        <message>
            <source>&amp;Footer: under the payment, on the customer's receipt (return conditions, offers)</source>
            <translation>&amp;Voet: onder de betaling, op de pinbon voor de klant (ruilvoorwaarden, aanbiedingen)</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Regel toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Before saving</source>
            <translation>Voor het opslaan</translation>
        </message>
        <message>
            <source>What the terminals could not print</source>
            <translation>Wat de terminals niet zouden kunnen afdrukken</translation>
        </message>
        <message>
            <source>Replace with printable characters</source>
            <translation>Vervangen door afdrukbare tekens</translation>
        </message>
        <message>
            <source>Puts lookalikes the terminals print in place of the characters they cannot: a normal no-break space for a narrow one, c for č, - for other dashes.</source>
            <translation>Zet gelijkende tekens die de terminals wel afdrukken in de plaats van die ze niet kunnen afdrukken: een gewone vaste spatie voor een smalle, c voor č, - voor andere streepjes.</translation>
        </message>
        <message>
            <source>C&amp;opy to other locations…</source>
            <translation>Naar andere l&amp;ocaties kopiëren…</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>Show both versions…</source>
            <translation>Beide versies tonen…</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SettingsPage</name>
        <message>
            <source>Same as the system</source>
            <translation>Zoals het systeem</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Zoals het systeem (%1)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>Only when I ask (Sync now)</source>
            <translation>Alleen als ik erom vraag (Nu synchroniseren)</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Elke %n minuut</numerusform>
                <numerusform>Elke %n minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on the demo portal inside Comptoir</source>
            <translation>%1 op het demoportaal in Comptoir</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 op %2</translation>
        </message>
        <message>
            <source>No portal account: this cache is shown as it is.</source>
            <translation>Geen portaalaccount: deze cache wordt getoond zoals hij is.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SignInDialog</name>
        <message>
            <source>Sign in to the portal</source>
            <translation>Aanmelden bij het portaal</translation>
        </message>
        <message>
            <source>Sign in to your portal account</source>
            <translation>Meld u aan bij uw portaalaccount</translation>
        </message>
        <message>
            <source>Comptoir keeps a copy of your payments on this computer and brings it up to date from the portal. Use the e-mail address and password you sign in to the portal with.</source>
            <translation>Comptoir bewaart een kopie van uw betalingen op deze computer en werkt die bij vanaf het portaal. Gebruik het e-mailadres en wachtwoord waarmee u zich bij het portaal aanmeldt.</translation>
        </message>
        <message>
            <source>The portal's address, as in your browser's address bar</source>
            <translation>Het adres van het portaal, zoals in de adresbalk van uw browser</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>naam@example.com</translation>
        </message>
        <message>
            <source>The six-digit code your authenticator app shows for this account</source>
            <translation>De zescijferige code die uw authenticator-app voor dit account toont</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Mij onthouden op deze computer</translation>
        </message>
        <message>
            <source>Keeps the sign-in in the computer's keychain, so that Comptoir does not ask for the password again until the sign-in expires.</source>
            <translation>Bewaart de aanmelding in de sleutelhanger van de computer, zodat Comptoir pas weer om het wachtwoord vraagt wanneer de aanmelding verloopt.</translation>
        </message>
        <message>
            <source>Also remember my &amp;password</source>
            <translation>Ook mijn wachtwoord ont&amp;houden</translation>
        </message>
        <message>
            <source>Keeps the password in the computer's keychain as well, so that Comptoir can sign in again by itself when the sign-in expires. Not for accounts with two-step verification: those need a code each time.</source>
            <translation>Bewaart ook het wachtwoord in de sleutelhanger van de computer, zodat Comptoir zelf opnieuw kan aanmelden wanneer de aanmelding verloopt. Niet voor accounts met tweestapsverificatie: die hebben elke keer een code nodig.</translation>
        </message>
        <message>
            <source>Portal &amp;address:</source>
            <translation>&amp;Portaaladres:</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-mailadres:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Two-step &amp;code:</source>
            <translation>&amp;Tweestapscode:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>Enter the portal's address, for example https://portal.example.com.</source>
            <translation>Voer het adres van het portaal in, bijvoorbeeld https://portal.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a portal address. Enter it as your browser shows it, for example https://portal.example.com.</source>
            <translation>“%1” is geen portaaladres. Voer het in zoals uw browser het toont, bijvoorbeeld https://portal.example.com.</translation>
        </message>
        <message>
            <source>Enter the e-mail address you sign in to the portal with.</source>
            <translation>Voer het e-mailadres in waarmee u zich bij het portaal aanmeldt.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address. It looks like name@example.com.</source>
            <translation>“%1” is geen e-mailadres. Een e-mailadres ziet eruit als naam@example.com.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Voer uw wachtwoord in.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Voer de zescijferige code uit uw authenticator-app in.</translation>
        </message>
        <message>
            <source>The two-step code has six digits: enter it as your authenticator app shows it.</source>
            <translation>De tweestapscode bestaat uit zes cijfers: voer hem in zoals uw authenticator-app hem toont.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Aanmelden bij %1…</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Doorgaan</translation>
        </message>
        <message>
            <source>You are signed in and can carry on; Comptoir will ask for the password again next time.</source>
            <translation>U bent aangemeld en kunt verder; Comptoir vraagt de volgende keer opnieuw om het wachtwoord.</translation>
        </message>
        <message>
            <source>This account uses two-step verification. Enter the six-digit code from your authenticator app, then sign in.</source>
            <translation>Dit account gebruikt tweestapsverificatie. Voer de zescijferige code uit uw authenticator-app in en meld u dan aan.</translation>
        </message>
        <message>
            <source>Check both and try again: seven wrong attempts in a row block the account for 15 minutes.</source>
            <translation>Controleer beide en probeer het opnieuw: na zeven mislukte pogingen op rij wordt het account 15 minuten geblokkeerd.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TotalsStrip</name>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>Bruto-omzet</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Terugbetalingen</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Successful sales</source>
            <translation>Geslaagde verkopen</translation>
        </message>
        <message>
            <source>Successful refunds</source>
            <translation>Geslaagde terugbetalingen</translation>
        </message>
        <message>
            <source>Gross sales minus refunds</source>
            <translation>Bruto-omzet min terugbetalingen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them successful</source>
            <translation>
                <numerusform>Waarvan %Ln geslaagd</numerusform>
                <numerusform>Waarvan %Ln geslaagd</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionDetailPane</name>
        <message>
            <source>Set status…</source>
            <translation>Status instellen…</translation>
        </message>
        <message>
            <source>Resolve a transaction that waits for a manual intervention: successful or failed.</source>
            <translation>Een transactie afhandelen die op een handmatige interventie wacht: geslaagd of mislukt.</translation>
        </message>
        <message>
            <source>Show day close</source>
            <translation>Dagafsluiting tonen</translation>
        </message>
        <message>
            <source>Open the day-close report of the period this transaction belongs to</source>
            <translation>Het rapport openen van de dagafsluiting waartoe deze transactie behoort</translation>
        </message>
        <message>
            <source>No transaction selected</source>
            <translation>Geen transactie gekozen</translation>
        </message>
        <message>
            <source>Select a transaction to see all its details, its day close and its history.</source>
            <translation>Kies een transactie om al haar details, haar dagafsluiting en haar geschiedenis te zien.</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Status set</source>
            <translation>Status ingesteld</translation>
        </message>
        <message>
            <source>by hand, by %1 on %2</source>
            <translation>handmatig, door %1 op %2</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>The link between the till and the terminal broke during this payment. It joins the turnover once you choose its status.</source>
            <translation>De verbinding tussen de kassa en de terminal viel weg tijdens deze betaling. Ze telt mee in de omzet zodra u haar status kiest.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>Bedrijfsdag</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Verwerker</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Autorisatiecode</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>%1 (%2, serial number %3)</source>
            <comment>terminal name (model, serial)</comment>
            <translation>%1 (%2, serienummer %3)</translation>
        </message>
        <message>
            <source>opened %1, closed %2</source>
            <translation>geopend %1, afgesloten %2</translation>
        </message>
        <message>
            <source>opened %1, still open</source>
            <translation>geopend %1, nog open</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Dagafsluiting</translation>
        </message>
        <message>
            <source>Period %1</source>
            <translation>Periode %1</translation>
        </message>
        <message>
            <source>Period %1 (not in the cache yet)</source>
            <translation>Periode %1 (nog niet in de cache)</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Transactie-id</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>Wacht op het portaal</translation>
        </message>
        <message>
            <source>%1 — changed on the portal in the meantime: choose which to keep (Portal ▸ Changes waiting for the portal)</source>
            <translation>%1 — intussen op het portaal gewijzigd: kies wat u bewaart (Portaal ▸ Wijzigingen die op het portaal wachten)</translation>
        </message>
        <message>
            <source>%1 — refused by the portal: %2</source>
            <translation>%1 — geweigerd door het portaal: %2</translation>
        </message>
        <message>
            <source>History in Comptoir</source>
            <translation>Geschiedenis in Comptoir</translation>
        </message>
        <message>
            <source>No changes were made to this transaction in Comptoir.</source>
            <translation>Er werd niets gewijzigd aan deze transactie in Comptoir.</translation>
        </message>
        <message>
            <source>set the status from “%1” to “%2”</source>
            <translation>zette de status van “%1” op “%2”</translation>
        </message>
        <message>
            <source>the portal refused the change; the status is “%1” again</source>
            <translation>het portaal weigerde de wijziging; de status is weer “%1”</translation>
        </message>
        <message>
            <source>kept their status “%1” over the portal's</source>
            <translation>hield de eigen status “%1” in plaats van die van het portaal</translation>
        </message>
        <message>
            <source>took the portal's status “%1”</source>
            <translation>nam de status “%1” van het portaal over</translation>
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
            <translation>Status handmatig ingesteld door %1 op %2</translation>
        </message>
        <message>
            <source>Processed by %1</source>
            <translation>Verwerkt door %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
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
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Herkomst</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Dagafsluiting</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionsPage</name>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>No transactions match these filters.</source>
            <translation>Geen transacties die aan deze filters voldoen.</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Status instellen…</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Status instellen</translation>
        </message>
        <message>
            <source>The terminal lost contact with the till during this payment of %1 on %2 (reference %3). Check your bank statement or the till's records, then say how it ended.

The status is recorded with your name and sent to the portal; it shows the orange hand from then on.</source>
            <translation>De terminal heeft tijdens deze betaling van %1 op %2 (referentie %3) het contact met de kassa verloren. Controleer uw bankafschrift of de gegevens van de kassa en geef dan aan hoe de betaling is afgelopen.

De status wordt met uw naam vastgelegd en naar het portaal verzonden; vanaf dan staat de oranje hand erbij.</translation>
        </message>
        <message>
            <source>The payment succeeded</source>
            <translation>De betaling is geslaagd</translation>
        </message>
        <message>
            <source>The payment failed</source>
            <translation>De betaling is mislukt</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>Rijen &amp;kopiëren</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet</source>
            <translation>De gekozen rijen kopiëren voor een rekenblad</translation>
        </message>
        <message>
            <source>Show &amp;day close</source>
            <translation>&amp;Dagafsluiting tonen</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show every field of the selected transaction, its day close and its history (Ctrl+I)</source>
            <translation>Alle velden van de gekozen transactie tonen, met haar dagafsluiting en geschiedenis (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::ChartCard</name>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Save this chart as an image or a PDF</source>
            <translation>Deze grafiek bewaren als afbeelding of als pdf</translation>
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation>Exporteren als PNG…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporteren als PDF…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exporteren als PDF</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Exporteren als PNG</translation>
        </message>
        <message>
            <source>“%1” saved as %2.</source>
            <translation>“%1” bewaard als %2.</translation>
        </message>
        <message>
            <source>The chart could not be saved as %1: %2</source>
            <translation>De grafiek kon niet worden bewaard als %1: %2</translation>
        </message>
        <message>
            <source>the image could not be written</source>
            <translation>de afbeelding kon niet worden geschreven</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::KpiTile</name>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>vs yesterday</source>
            <translation>t.o.v. gisteren</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>vs last week</source>
            <translation>t.o.v. vorige week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Deze maand</translation>
        </message>
        <message>
            <source>vs last month</source>
            <translation>t.o.v. vorige maand</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>t.o.v. vorig jaar</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacties</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Gemiddeld ticket</translation>
        </message>
        <message>
            <source>Click to show the successful transactions of this period</source>
            <translation>Klik om de geslaagde transacties van deze periode te tonen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions</source>
            <translation>
                <numerusform>%Ln transactie</numerusform>
                <numerusform>%Ln transacties</numerusform>
            </translation>
        </message>
        <message>
            <source>no sales</source>
            <translation>geen verkopen</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions, %1: sales %2, refunds %3</source>
            <translation>Netto-omzet van de geslaagde transacties, %1: verkopen %2, terugbetalingen %3</translation>
        </message>
        <message>
            <source>Successful transactions (sales and refunds), %1</source>
            <translation>Geslaagde transacties (verkopen en terugbetalingen), %1</translation>
        </message>
        <message>
            <source>Gross sales divided by the number of sales, %1</source>
            <translation>Brutoverkopen gedeeld door het aantal verkopen, %1</translation>
        </message>
        <message>
            <source>%1 until %2:59</source>
            <translation>%1 tot %2:59</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Back-office for merchants with CCV payment terminals.</source>
            <translation>Backoffice voor ondernemers met een CCV-betaalautomaat.</translation>
        </message>
        <message>
            <source>Open the cache file &lt;file&gt;.</source>
            <translation>Het cachebestand &lt;bestand&gt; openen.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>bestand</translation>
        </message>
        <message>
            <source>Save a picture of each page into &lt;dir&gt;, then quit.</source>
            <translation>Een afbeelding van elke pagina opslaan in &lt;map&gt; en daarna afsluiten.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>map</translation>
        </message>
        <message>
            <source>Start the demo portal inside Comptoir and open its data.</source>
            <translation>Het demoportaal in Comptoir starten en de gegevens ervan openen.</translation>
        </message>
        <message>
            <source>Show Comptoir in &lt;language&gt; (nl, fr or en) this time, whatever Settings says.</source>
            <translation>Comptoir deze keer in &lt;language&gt; (nl, fr of en) tonen, wat de instellingen ook zeggen.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>taal</translation>
        </message>
        <message>
            <source>Unknown language “%1”: use nl, fr or en.</source>
            <translation>Onbekende taal “%1”: gebruik nl, fr of en.</translation>
        </message>
    </context>
</TS>
