<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <source>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  demo-cache    write a cache with demo data

Run comptoir-cli COMMAND --help for the options of a command.</source>
        <translation>Comptoir op de opdrachtregel.

Opdrachten:
  audit-check   het auditlogboek van een cache controleren
  demo-cache    een cache met demogegevens schrijven

Voer comptoir-cli OPDRACHT --help uit voor de opties van een opdracht.</translation>
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
</context>
<context>
    <name>comptoir::DemoSession</name>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>De demogegevens konden niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Demogegevens voorbereiden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
        <translation>De oude demogegevens in %1 kunnen niet worden vervangen. Sluit de andere Comptoir-vensters en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing demo data…
%Ln transactions written</source>
        <translation>
            <numerusform>Demogegevens voorbereiden…
%Ln transactie weggeschreven</numerusform>
            <numerusform>Demogegevens voorbereiden…
%Ln transacties weggeschreven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
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
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>Generated demo data, kept in %1</source>
        <translation>Gegenereerde demogegevens, bewaard in %1</translation>
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
</context>
<context>
    <name>comptoir::OverviewPage</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>Geen transacties</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days, %1 to %2:</source>
        <translation>
            <numerusform>Laatste %n dag, %1 tot en met %2:</numerusform>
            <numerusform>Laatste %n dagen, %1 tot en met %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transactions, %1 turnover.</source>
        <translation>
            <numerusform>%Ln transactie met een omzet van %1.</numerusform>
            <numerusform>%Ln transacties met een omzet van %1.</numerusform>
        </translation>
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
        <translation>Brutoverkopen</translation>
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
        <translation>Brutoverkopen min terugbetalingen</translation>
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
</context>
<context>
    <name>comptoir::TransactionsPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
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
        <source>Transactions</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>Geen transacties die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>Days to show</source>
        <translation>Te tonen dagen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back-office for merchants with CCV payment terminals.</source>
        <translation>Backoffice voor ondernemers met een CCV-betaalautomaat.</translation>
    </message>
    <message>
        <source>Open generated demo data.</source>
        <translation>Gegenereerde demogegevens openen.</translation>
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
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>There is no cache file at %1.</source>
        <translation>Het cachebestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Comptoir opens the demo data instead.</source>
        <translation>Comptoir opent in plaats daarvan de demogegevens.</translation>
    </message>
</context>
</TS>
