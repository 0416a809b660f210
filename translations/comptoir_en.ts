<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountSession</name>
        <message>
            <source>The portal asks for a two-step code for %1: the saved password alone is not enough to sign in again. Sign in with the code from your authenticator app.</source>
            <translation>The portal asks for a two-step code for %1: the saved password alone is not enough to sign in again. Sign in with the code from your authenticator app.</translation>
        </message>
        <message>
            <source>The portal no longer accepts the password saved for %1, so Comptoir removed it from the keychain. Sign in again with the current password.</source>
            <translation>The portal no longer accepts the password saved for %1, so Comptoir removed it from the keychain. Sign in again with the current password.</translation>
        </message>
        <message>
            <source>Signed in, but this sign-in could not be remembered: %1</source>
            <translation>Signed in, but this sign-in could not be remembered: %1</translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with the password, and tick “Remember me” to keep the sign-in.</source>
            <translation>There is no saved sign-in for %1 on %2. Sign in with the password, and tick “Remember me” to keep the sign-in.</translation>
        </message>
        <message>
            <source>The saved sign-in for %1 has expired. Sign in again with the password.</source>
            <translation>The saved sign-in for %1 has expired. Sign in again with the password.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again with the password.</source>
            <translation>Your session with the portal has ended. Sign in again with the password.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Entry %1 is missing: the journal was cut.</source>
            <translation>Entry %1 is missing: the journal was cut.</translation>
        </message>
        <message>
            <source>Entry %1 does not follow entry %2: an entry was removed, inserted or changed before it.</source>
            <translation>Entry %1 does not follow entry %2: an entry was removed, inserted or changed before it.</translation>
        </message>
        <message>
            <source>Entry %1 was changed after it was written.</source>
            <translation>Entry %1 was changed after it was written.</translation>
        </message>
    </context>
    <context>
        <name>CacheDatabase</name>
        <message>
            <source>The cache file %1 cannot be read. Check that it exists and that you may open it.</source>
            <translation>The cache file %1 cannot be read. Check that it exists and that you may open it.</translation>
        </message>
        <message>
            <source>The file %1 is not a Comptoir cache or it is damaged. It was left untouched; choose another file, or sign in again to build a new cache.</source>
            <translation>The file %1 is not a Comptoir cache or it is damaged. It was left untouched; choose another file, or sign in again to build a new cache.</translation>
        </message>
        <message>
            <source>The cache %1 is damaged and cannot be used (%2). It was left untouched; sign in again to build a new cache.</source>
            <translation>The cache %1 is damaged and cannot be used (%2). It was left untouched; sign in again to build a new cache.</translation>
        </message>
        <message>
            <source>The file %1 is a database, but not a Comptoir cache. It was left untouched.</source>
            <translation>The file %1 is a database, but not a Comptoir cache. It was left untouched.</translation>
        </message>
        <message>
            <source>The cache %1 was written by a newer version of Comptoir (cache version %2, this version reads up to %3). Update Comptoir to open it; the file was left untouched.</source>
            <translation>The cache %1 was written by a newer version of Comptoir (cache version %2, this version reads up to %3). Update Comptoir to open it; the file was left untouched.</translation>
        </message>
        <message>
            <source>The cache %1 belongs to %2 on %3, not to %4. Each account has its own cache.</source>
            <translation>The cache %1 belongs to %2 on %3, not to %4. Each account has its own cache.</translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first to create it.</source>
            <translation>There is no cache at %1. Sync first to create it.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>The folder %1 cannot be created.</translation>
        </message>
        <message>
            <source>The cache %1 cannot be opened: %2</source>
            <translation>The cache %1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>The cache %1 must be upgraded before it can be read; open it once in Comptoir.</source>
            <translation>The cache %1 must be upgraded before it can be read; open it once in Comptoir.</translation>
        </message>
        <message>
            <source>Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.</source>
            <translation>Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.</translation>
        </message>
        <message>
            <source>The cache could not be upgraded to version %1: %2</source>
            <translation>The cache could not be upgraded to version %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message numerus="yes">
            <source>The system keychain did not answer within %n second(s). Make sure it is running and unlocked, then try again.</source>
            <translation>
                <numerusform>The system keychain did not answer within %n second. Make sure it is running and unlocked, then try again.</numerusform>
                <numerusform>The system keychain did not answer within %n seconds. Make sure it is running and unlocked, then try again.</numerusform>
            </translation>
        </message>
        <message>
            <source>no details given</source>
            <translation>no details given</translation>
        </message>
        <message>
            <source>Access to the system keychain was declined, so Comptoir cannot remember this sign-in. Allow access when the keychain asks, or sign in without "Remember me".</source>
            <translation>Access to the system keychain was declined, so Comptoir cannot remember this sign-in. Allow access when the keychain asks, or sign in without "Remember me".</translation>
        </message>
        <message>
            <source>The system keychain is locked or refused access: %1. Unlock it, then try again.</source>
            <translation>The system keychain is locked or refused access: %1. Unlock it, then try again.</translation>
        </message>
        <message>
            <source>The saved sign-in could not be removed from the system keychain: %1. Remove it with your keychain manager, or try again.</source>
            <translation>The saved sign-in could not be removed from the system keychain: %1. Remove it with your keychain manager, or try again.</translation>
        </message>
        <message>
            <source>The system keychain is locked or not available: %1. On Linux Comptoir needs a Secret Service such as GNOME Keyring or KWallet; start or unlock it, then try again.</source>
            <translation>The system keychain is locked or not available: %1. On Linux Comptoir needs a Secret Service such as GNOME Keyring or KWallet; start or unlock it, then try again.</translation>
        </message>
        <message>
            <source>The sign-in remembered for %1 in the system keychain cannot be read. Sign in again to replace it.</source>
            <translation>The sign-in remembered for %1 in the system keychain cannot be read. Sign in again to replace it.</translation>
        </message>
    </context>
    <context>
        <name>DataFolders</name>
        <message>
            <source>Copies of your portal data (caches)</source>
            <translation>Copies of your portal data (caches)</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Check that your user account may write there.</source>
            <translation>The folder %1 cannot be created. Check that your user account may write there.</translation>
        </message>
        <message>
            <source>No file manager could be opened on %1. Open that folder yourself.</source>
            <translation>No file manager could be opened on %1. Open that folder yourself.</translation>
        </message>
    </context>
    <context>
        <name>DatePreset</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Yesterday</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
    </context>
    <context>
        <name>DayCloseReport</name>
        <message>
            <source>Day close %1 — %2</source>
            <translation>Day close %1 — %2</translation>
        </message>
        <message>
            <source>No transactions in this period.</source>
            <translation>No transactions in this period.</translation>
        </message>
        <message>
            <source>Day close %1</source>
            <translation>Day close %1</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Generated on %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>VAT %1</translation>
        </message>
        <message>
            <source>Serial number %1</source>
            <translation>Serial number %1</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Merchant</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>still open</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Times are local time (%1).</source>
            <translation>Times are local time (%1).</translation>
        </message>
        <message>
            <source>This period is still open: its figures can still change.</source>
            <translation>This period is still open: its figures can still change.</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Net turnover</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Turnover per payment method</source>
            <translation>Turnover per payment method</translation>
        </message>
        <message>
            <source>Not in the turnover</source>
            <translation>Not in the turnover</translation>
        </message>
        <message>
            <source>Statuses set by hand (%1)</source>
            <translation>Statuses set by hand (%1)</translation>
        </message>
        <message>
            <source>No status was set by hand in this period.</source>
            <translation>No status was set by hand in this period.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Method</source>
            <extracomment>Column header: the payment method, where there is little room.</extracomment>
            <translation>Method</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Set at</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>The connection between the till and the terminal was lost during these payments, so their outcome is unknown. Choose a status for each of them in Comptoir (Transactions). Until then they are not in the turnover.</source>
            <translation>The connection between the till and the terminal was lost during these payments, so their outcome is unknown. Choose a status for each of them in Comptoir (Transactions). Until then they are not in the turnover.</translation>
        </message>
        <message>
            <source>Waiting for your decision (%1)</source>
            <translation>Waiting for your decision (%1)</translation>
        </message>
        <message>
            <source>Transactions whose status was set by hand on the terminal, because the payment was not processed correctly. They count in the turnover when set to success.</source>
            <translation>Transactions whose status was set by hand on the terminal, because the payment was not processed correctly. They count in the turnover when set to success.</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continued)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Made by Comptoir from its own copy of the portal's data, not the portal's report.</source>
            <translation>Made by Comptoir from its own copy of the portal's data, not the portal's report.</translation>
        </message>
    </context>
    <context>
        <name>ExportProfileRepository</name>
        <message>
            <source>Give the profile a name.</source>
            <translation>Give the profile a name.</translation>
        </message>
        <message>
            <source>The separator and the decimal mark are one character each.</source>
            <translation>The separator and the decimal mark are one character each.</translation>
        </message>
        <message>
            <source>There is already a profile called “%1”.</source>
            <translation>There is already a profile called “%1”.</translation>
        </message>
        <message>
            <source>Another export of this profile was made in the meantime, so this one was not kept. Export again: it will hold only what the other one did not.</source>
            <translation>Another export of this profile was made in the meantime, so this one was not kept. Export again: it will hold only what the other one did not.</translation>
        </message>
    </context>
    <context>
        <name>HourlyRollup</name>
        <message>
            <source>A total in the cache no longer fits in 64 bits. Sync again to rebuild the cache.</source>
            <translation>A total in the cache no longer fits in 64 bits. Sync again to rebuild the cache.</translation>
        </message>
        <message>
            <source>The cache's hourly totals for %1 at location %2 are damaged. Rebuild the totals to repair them.</source>
            <translation>The cache's hourly totals for %1 at location %2 are damaged. Rebuild the totals to repair them.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
    </context>
    <context>
        <name>LocalEdits</name>
        <message>
            <source>The logo is larger than 256 KiB. Use a smaller black-and-white image.</source>
            <translation>The logo is larger than 256 KiB. Use a smaller black-and-white image.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync and try again.</source>
            <translation>This location's receipt is not in the cache yet. Sync and try again.</translation>
        </message>
        <message>
            <source>A receipt has at most %1 header lines and %1 footer lines in each language.</source>
            <translation>A receipt has at most %1 header lines and %1 footer lines in each language.</translation>
        </message>
        <message>
            <source>The line “%1” is longer than the %2 characters a line of this receipt can hold.</source>
            <translation>The line “%1” is longer than the %2 characters a line of this receipt can hold.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>The terminals at this location are Verifone terminals: CCV support changes their receipts.</translation>
        </message>
    </context>
    <context>
        <name>LocationRepository</name>
        <message>
            <source>A location needs a name.</source>
            <translation>A location needs a name.</translation>
        </message>
        <message>
            <source>A location name can be at most 80 characters long.</source>
            <translation>A location name can be at most 80 characters long.</translation>
        </message>
        <message>
            <source>This location is no longer in the cache. Sync and try again.</source>
            <translation>This location is no longer in the cache. Sync and try again.</translation>
        </message>
    </context>
    <context>
        <name>LogoImport</name>
        <message>
            <source>This SVG file declares XML entities, which Comptoir does not read for safety. Export it again as plain SVG.</source>
            <translation>This SVG file declares XML entities, which Comptoir does not read for safety. Export it again as plain SVG.</translation>
        </message>
        <message>
            <source>This SVG file cannot be read: it is damaged or incomplete.</source>
            <translation>This SVG file cannot be read: it is damaged or incomplete.</translation>
        </message>
        <message>
            <source>This SVG image has no size. Give it a width and a height, or a viewBox.</source>
            <translation>This SVG image has no size. Give it a width and a height, or a viewBox.</translation>
        </message>
        <message>
            <source>The file %1 cannot be found.</source>
            <translation>The file %1 cannot be found.</translation>
        </message>
        <message>
            <source>The file is empty: it holds no image.</source>
            <translation>The file is empty: it holds no image.</translation>
        </message>
        <message>
            <source>The file is %1 MB: a logo file may be at most %2 MB. Save the image smaller, for example at 1000 pixels wide.</source>
            <translation>The file is %1 MB: a logo file may be at most %2 MB. Save the image smaller, for example at 1000 pixels wide.</translation>
        </message>
        <message>
            <source>The file %1 cannot be opened. Check that you may read it.</source>
            <translation>The file %1 cannot be opened. Check that you may read it.</translation>
        </message>
        <message>
            <source>This is a compressed file (for example an SVGZ image). Comptoir takes logos in PNG, JPEG, BMP or plain SVG.</source>
            <translation>This is a compressed file (for example an SVGZ image). Comptoir takes logos in PNG, JPEG, BMP or plain SVG.</translation>
        </message>
        <message>
            <source>This is a %1 file. Comptoir takes logos in PNG, JPEG, BMP or SVG: save the image in one of those.</source>
            <translation>This is a %1 file. Comptoir takes logos in PNG, JPEG, BMP or SVG: save the image in one of those.</translation>
        </message>
        <message>
            <source>This file is not an image. Choose a logo in PNG, JPEG, BMP or SVG.</source>
            <translation>This file is not an image. Choose a logo in PNG, JPEG, BMP or SVG.</translation>
        </message>
        <message>
            <source>This image cannot be read: it is damaged or incomplete.</source>
            <translation>This image cannot be read: it is damaged or incomplete.</translation>
        </message>
        <message>
            <source>This image is %1 × %2 pixels: far too large for a logo. Save it at most %3 pixels on its longest side.</source>
            <translation>This image is %1 × %2 pixels: far too large for a logo. Save it at most %3 pixels on its longest side.</translation>
        </message>
        <message>
            <source>This image is incomplete: the file was cut short. Copy or download it again.</source>
            <translation>This image is incomplete: the file was cut short. Copy or download it again.</translation>
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
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Day closes</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>Type an amount, like %1.</source>
            <translation>Type an amount, like %1.</translation>
        </message>
        <message>
            <source>Amounts in %1 have no decimals.</source>
            <translation>Amounts in %1 have no decimals.</translation>
        </message>
        <message>
            <source>Amounts in %1 have at most %2 decimals.</source>
            <translation>Amounts in %1 have at most %2 decimals.</translation>
        </message>
        <message>
            <source>“%1” is too large an amount.</source>
            <translation>“%1” is too large an amount.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type an amount like %2.</source>
            <translation>“%1” is not an amount. Type an amount like %2.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Rename location “%1” to “%2”</source>
            <translation>Rename location “%1” to “%2”</translation>
        </message>
        <message>
            <source>Rename terminal “%1” to “%2”</source>
            <translation>Rename terminal “%1” to “%2”</translation>
        </message>
        <message>
            <source>Move terminal “%1” to “%2”</source>
            <translation>Move terminal “%1” to “%2”</translation>
        </message>
        <message>
            <source>Deactivate terminal “%1”</source>
            <translation>Deactivate terminal “%1”</translation>
        </message>
        <message>
            <source>Set the status of transaction %1 to “%2”</source>
            <translation>Set the status of transaction %1 to “%2”</translation>
        </message>
        <message>
            <source>Save the receipt of “%1”</source>
            <translation>Save the receipt of “%1”</translation>
        </message>
    </context>
    <context>
        <name>OutboxPusher</name>
        <message>
            <source>Your user groups on the portal do not allow this change. Ask your administrator.</source>
            <translation>Your user groups on the portal do not allow this change. Ask your administrator.</translation>
        </message>
        <message>
            <source>The portal no longer has this, or you may no longer see it.</source>
            <translation>The portal no longer has this, or you may no longer see it.</translation>
        </message>
        <message>
            <source>Another active terminal already has this name. Deactivate that terminal first if this one replaces it.</source>
            <translation>Another active terminal already has this name. Deactivate that terminal first if this one replaces it.</translation>
        </message>
        <message>
            <source>The terminal was deactivated on the portal, so it can no longer be renamed.</source>
            <translation>The terminal was deactivated on the portal, so it can no longer be renamed.</translation>
        </message>
        <message>
            <source>The terminal was already deactivated on the portal.</source>
            <translation>The terminal was already deactivated on the portal.</translation>
        </message>
        <message>
            <source>The transaction no longer waits for a manual intervention: its status was settled on the portal.</source>
            <translation>The transaction no longer waits for a manual intervention: its status was settled on the portal.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts.</source>
            <translation>The terminals at this location are Verifone terminals: CCV support changes their receipts.</translation>
        </message>
        <message>
            <source>The portal does not accept this name: it is empty or too long.</source>
            <translation>The portal does not accept this name: it is empty or too long.</translation>
        </message>
        <message>
            <source>The portal does not know the location the terminal was moved to.</source>
            <translation>The portal does not know the location the terminal was moved to.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: too many lines, a line too long, or a logo it cannot print.</source>
            <translation>The portal does not accept this receipt: too many lines, a line too long, or a logo it cannot print.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Someone changed this on the portal after you made your change.</translation>
        </message>
        <message>
            <source>The portal does not accept this receipt: a line has a character the terminals cannot print.</source>
            <translation>The portal does not accept this receipt: a line has a character the terminals cannot print.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPolicy</name>
        <message numerus="yes">
            <source>The password must be at least %n characters long.</source>
            <translation>
                <numerusform>The password must be at least %n character long.</numerusform>
                <numerusform>The password must be at least %n characters long.</numerusform>
            </translation>
        </message>
        <message>
            <source>The password must contain an upper-case letter.</source>
            <translation>The password must contain an upper-case letter.</translation>
        </message>
        <message>
            <source>The password must contain a lower-case letter.</source>
            <translation>The password must contain a lower-case letter.</translation>
        </message>
        <message>
            <source>The password must contain a digit.</source>
            <translation>The password must contain a digit.</translation>
        </message>
        <message>
            <source>The password must contain one of these special characters: %1</source>
            <translation>The password must contain one of these special characters: %1</translation>
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
            <translation>Meal voucher</translation>
        </message>
        <message>
            <source>Eco voucher</source>
            <translation>Eco voucher</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Gift card</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PeriodReports</name>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>This day close is not in the cache. Sync and try again.</translation>
        </message>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>This period is still open: its day-close report exists once the terminal closes the day.</translation>
        </message>
        <message>
            <source>This day-close report has not been downloaded yet, and Comptoir is offline. It is fetched the first time you open it while online.</source>
            <translation>This day-close report has not been downloaded yet, and Comptoir is offline. It is fetched the first time you open it while online.</translation>
        </message>
        <message>
            <source>The portal has no report for this day close.</source>
            <translation>The portal has no report for this day close.</translation>
        </message>
        <message>
            <source>The portal sent a day-close report that is not a PDF. Nothing was kept.</source>
            <translation>The portal sent a day-close report that is not a PDF. Nothing was kept.</translation>
        </message>
    </context>
    <context>
        <name>PortalClient</name>
        <message>
            <source>The portal did not answer in time. Check the internet connection; Comptoir keeps working from its cache.</source>
            <translation>The portal did not answer in time. Check the internet connection; Comptoir keeps working from its cache.</translation>
        </message>
        <message>
            <source>The portal's security certificate cannot be trusted (%1). Comptoir did not connect. Check the portal address.</source>
            <translation>The portal's security certificate cannot be trusted (%1). Comptoir did not connect. Check the portal address.</translation>
        </message>
        <message>
            <source>No secure connection (TLS) could be set up with the portal (%1). Comptoir did not connect. Check the portal address, and whether it starts with https or http.</source>
            <translation>No secure connection (TLS) could be set up with the portal (%1). Comptoir did not connect. Check the portal address, and whether it starts with https or http.</translation>
        </message>
        <message>
            <source>The portal cannot be reached (%1). Check the internet connection and the portal address; Comptoir keeps working from its cache.</source>
            <translation>The portal cannot be reached (%1). Check the internet connection and the portal address; Comptoir keeps working from its cache.</translation>
        </message>
        <message>
            <source>The portal has a problem of its own (HTTP %1). Comptoir will try again.</source>
            <translation>The portal has a problem of its own (HTTP %1). Comptoir will try again.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Enter the six-digit code from your authenticator app.</translation>
        </message>
        <message>
            <source>The code from your authenticator app is wrong or was already used. Wait for the next code and try again.</source>
            <translation>The code from your authenticator app is wrong or was already used. Wait for the next code and try again.</translation>
        </message>
        <message>
            <source>Your session with the portal has ended. Sign in again.</source>
            <translation>Your session with the portal has ended. Sign in again.</translation>
        </message>
        <message>
            <source>The e-mail address or password is wrong.</source>
            <translation>The e-mail address or password is wrong.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong sign-ins: the account is blocked. Try again in %n minutes.</source>
            <translation>
                <numerusform>Too many wrong sign-ins: the account is blocked. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong sign-ins: the account is blocked. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your user groups on the portal do not allow this. Ask your administrator.</source>
            <translation>Your user groups on the portal do not allow this. Ask your administrator.</translation>
        </message>
        <message>
            <source>The portal refused the request (HTTP %1).</source>
            <translation>The portal refused the request (HTTP %1).</translation>
        </message>
        <message>
            <source>The portal refused the request: %1</source>
            <translation>The portal refused the request: %1</translation>
        </message>
        <message>
            <source>The connection to the portal broke off. Comptoir will try again.</source>
            <translation>The connection to the portal broke off. Comptoir will try again.</translation>
        </message>
        <message>
            <source>The portal sent an answer Comptoir does not understand.</source>
            <translation>The portal sent an answer Comptoir does not understand.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptRules</name>
        <message>
            <source>Header line %1 (%2)</source>
            <translation>Header line %1 (%2)</translation>
        </message>
        <message>
            <source>Footer line %1 (%2)</source>
            <translation>Footer line %1 (%2)</translation>
        </message>
        <message>
            <source>The header in %1 has %2 lines: at most %3 are printed.</source>
            <translation>The header in %1 has %2 lines: at most %3 are printed.</translation>
        </message>
        <message>
            <source>The footer in %1 has %2 lines: at most %3 are printed.</source>
            <translation>The footer in %1 has %2 lines: at most %3 are printed.</translation>
        </message>
        <message>
            <source>%1 has %2 characters: a line holds %3 here.</source>
            <translation>%1 has %2 characters: a line holds %3 here.</translation>
        </message>
        <message>
            <source>%1 has characters the terminals cannot print: %2.</source>
            <translation>%1 has characters the terminals cannot print: %2.</translation>
        </message>
        <message>
            <source>The logo is larger than 256 KiB. Import it again: Comptoir makes it black and white and small.</source>
            <translation>The logo is larger than 256 KiB. Import it again: Comptoir makes it black and white and small.</translation>
        </message>
        <message>
            <source>The logo is not a PNG image the terminals can print. Import it again.</source>
            <translation>The logo is not a PNG image the terminals can print. Import it again.</translation>
        </message>
        <message>
            <source>The logo is %1 dots wide: %2 mm paper prints %3. Make it narrower.</source>
            <translation>The logo is %1 dots wide: %2 mm paper prints %3. Make it narrower.</translation>
        </message>
        <message>
            <source>The logo is %1 dots high: at most %2 are printed. Make it smaller.</source>
            <translation>The logo is %1 dots high: at most %2 are printed. Make it smaller.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language and appearance</source>
            <translation>Language and appearance</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>The language of Comptoir, its exports and reports; amounts and dates follow it</source>
            <translation>The language of Comptoir, its exports and reports; amounts and dates follow it</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Appearance:</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>S&amp;ync in the background:</source>
            <translation>S&amp;ync in the background:</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Local cache:</source>
            <translation>Local cache:</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Show the folder that holds the caches and the demo data</source>
            <translation>Show the folder that holds the caches and the demo data</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Success</source>
            <translation>Success</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Manual intervention</source>
            <translation>Manual intervention</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Processing</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Chargeback</source>
            <translation>Chargeback</translation>
        </message>
    </context>
    <context>
        <name>StatusOrigin</name>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The local cache could not start a change: %1</source>
            <translation>The local cache could not start a change: %1</translation>
        </message>
        <message>
            <source>The local cache could not save a change: %1</source>
            <translation>The local cache could not save a change: %1</translation>
        </message>
        <message>
            <source>The local cache could not be read or written (%1). If this keeps happening, sync again to rebuild it.</source>
            <translation>The local cache could not be read or written (%1). If this keeps happening, sync again to rebuild it.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>The portal sent data Comptoir cannot use (%1). Nothing of it was saved.</source>
            <translation>The portal sent data Comptoir cannot use (%1). Nothing of it was saved.</translation>
        </message>
        <message>
            <source>Sending your changes</source>
            <translation>Sending your changes</translation>
        </message>
        <message>
            <source>Locations and terminals</source>
            <translation>Locations and terminals</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Day closes</translation>
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
            <translation>%1 — deactivated</translation>
        </message>
    </context>
    <context>
        <name>TerminalRepository</name>
        <message>
            <source>This terminal is no longer in the cache. Sync and try again.</source>
            <translation>This terminal is no longer in the cache. Sync and try again.</translation>
        </message>
        <message>
            <source>A terminal needs a name.</source>
            <translation>A terminal needs a name.</translation>
        </message>
        <message>
            <source>A terminal name can be at most 40 characters long.</source>
            <translation>A terminal name can be at most 40 characters long.</translation>
        </message>
        <message>
            <source>A deactivated terminal cannot be renamed.</source>
            <translation>A deactivated terminal cannot be renamed.</translation>
        </message>
        <message>
            <source>Another active terminal is already called “%1”. Deactivate it first if this terminal replaces it.</source>
            <translation>Another active terminal is already called “%1”. Deactivate it first if this terminal replaces it.</translation>
        </message>
        <message>
            <source>That location is not in the cache. Sync and try again.</source>
            <translation>That location is not in the cache. Sync and try again.</translation>
        </message>
        <message>
            <source>This terminal is already deactivated.</source>
            <translation>This terminal is already deactivated.</translation>
        </message>
    </context>
    <context>
        <name>ThirdPartyLibrary</name>
        <message>
            <source>Public domain</source>
            <translation>Public domain</translation>
        </message>
    </context>
    <context>
        <name>TransactionExport</name>
        <message>
            <source>The file %1 cannot be written there: %2</source>
            <translation>The file %1 cannot be written there: %2</translation>
        </message>
        <message>
            <source>The file %1 could not be created.</source>
            <translation>The file %1 could not be created.</translation>
        </message>
        <message>
            <source>The file %1 could not be written (%2).</source>
            <translation>The file %1 could not be written (%2).</translation>
        </message>
        <message>
            <source>The file %1 is not complete.</source>
            <translation>The file %1 is not complete.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place (%2); check that it is not open in another program.</source>
            <translation>The file %1 could not be put in place (%2); check that it is not open in another program.</translation>
        </message>
        <message>
            <source>Entry</source>
            <extracomment>An export column: whether a row is new, or a correction of an earlier export.</extracomment>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Corrects export</source>
            <translation>Corrects export</translation>
        </message>
        <message>
            <source>Date and time (%1)</source>
            <translation>Date and time (%1)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Period</source>
            <extracomment>An export column: the number of the payment period (day close) of the terminal.</extracomment>
            <translation>Period</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Issuer</source>
            <extracomment>An export column: who issued a voucher or gift card (Pluxee, Edenred, …).</extracomment>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status set</source>
            <extracomment>An export column: whether the status was set automatically or by hand.</extracomment>
            <translation>Status set</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>Set at</source>
            <translation>Set at</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Authorisation code</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processor</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>Transaction ID</translation>
        </message>
        <message>
            <source>Choose the file to export to.</source>
            <translation>Choose the file to export to.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file name in it.</source>
            <translation>%1 is a folder; choose a file name in it.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to. Choose another folder.</source>
            <translation>The folder %1 cannot be written to. Choose another folder.</translation>
        </message>
        <message>
            <source>The CSV separator and decimal mark must be two different punctuation characters.</source>
            <translation>The CSV separator and decimal mark must be two different punctuation characters.</translation>
        </message>
        <message>
            <source>This export profile no longer exists.</source>
            <translation>This export profile no longer exists.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Reversal</source>
            <extracomment>An export row that takes back what an earlier export sent (the amount negated).</extracomment>
            <translation>Reversal</translation>
        </message>
        <message>
            <source>Corrected</source>
            <extracomment>An export row: the transaction as it is now, after a reversal of what was sent before.</extracomment>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>local time of each location</source>
            <translation>local time of each location</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>About this export</source>
            <translation>About this export</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>all days</translation>
        </message>
        <message>
            <source>Transactions, %1</source>
            <translation>Transactions, %1</translation>
        </message>
        <message>
            <source>Exported with Comptoir from its local copy of the portal's data.</source>
            <translation>Exported with Comptoir from its local copy of the portal's data.</translation>
        </message>
        <message>
            <source>Nothing is new or changed since the last export of “%1”: no file was written.</source>
            <translation>Nothing is new or changed since the last export of “%1”: no file was written.</translation>
        </message>
        <message>
            <source>No transactions match what you chose: no file was written.</source>
            <translation>No transactions match what you chose: no file was written.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Successful</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Net turnover</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>By location</source>
            <translation>By location</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>By payment method</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>Merchant</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>every location</translation>
        </message>
        <message>
            <source>Business days</source>
            <translation>Business days</translation>
        </message>
        <message>
            <source>statuses: %1</source>
            <translation>statuses: %1</translation>
        </message>
        <message>
            <source>payment methods: %1</source>
            <translation>payment methods: %1</translation>
        </message>
        <message>
            <source>status set: %1</source>
            <translation>status set: %1</translation>
        </message>
        <message>
            <source>search: “%1”</source>
            <translation>search: “%1”</translation>
        </message>
        <message>
            <source>one day close (period %1)</source>
            <translation>one day close (period %1)</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Local time of the location (%1).</source>
            <translation>Local time of the location (%1).</translation>
        </message>
        <message>
            <source>Local time of each location (%1).</source>
            <translation>Local time of each location (%1).</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Amounts</translation>
        </message>
        <message>
            <source>Refunds are negative amounts. Turnover counts the successful transactions, whether their status was set automatically or by hand: positive amounts are sales, negative ones refunds. The summaries add up exactly the rows of this file.</source>
            <translation>Refunds are negative amounts. Turnover counts the successful transactions, whether their status was set automatically or by hand: positive amounts are sales, negative ones refunds. The summaries add up exactly the rows of this file.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Export number</source>
            <translation>Export number</translation>
        </message>
        <message>
            <source>New and corrected</source>
            <translation>New and corrected</translation>
        </message>
        <message>
            <source>%1 new, %2 corrected</source>
            <translation>%1 new, %2 corrected</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>This file holds only what earlier exports of this profile did not: new transactions, and each transaction that changed since it was sent (a status set by hand, a chargeback, a refund). A changed one comes as two rows: a reversal of what was sent (amount negated, with the number of the export it corrects) and the transaction as it is now. Book every row and nothing is counted twice.</source>
            <translation>This file holds only what earlier exports of this profile did not: new transactions, and each transaction that changed since it was sent (a status set by hand, a chargeback, a refund). A changed one comes as two rows: a reversal of what was sent (amount negated, with the number of the export it corrects) and the transaction as it is now. Book every row and nothing is counted twice.</translation>
        </message>
        <message>
            <source>Exported on</source>
            <translation>Exported on</translation>
        </message>
        <message>
            <source>Exported by</source>
            <translation>Exported by</translation>
        </message>
        <message>
            <source>%1 transactions exported to %2.</source>
            <translation>%1 transactions exported to %2.</translation>
        </message>
        <message>
            <source>The file %1 could not be put in place; check that it is not open in another program and that the folder can be written.</source>
            <translation>The file %1 could not be put in place; check that it is not open in another program and that the folder can be written.</translation>
        </message>
    </context>
    <context>
        <name>TransactionRepository</name>
        <message>
            <source>Transaction %1 could not be saved in the cache.</source>
            <translation>Transaction %1 could not be saved in the cache.</translation>
        </message>
        <message>
            <source>A manual status can only be “Success” or “Failed”.</source>
            <translation>A manual status can only be “Success” or “Failed”.</translation>
        </message>
        <message>
            <source>Transaction %1 is not in the cache.</source>
            <translation>Transaction %1 is not in the cache.</translation>
        </message>
        <message>
            <source>Only a transaction waiting for a manual intervention can get a manual status; this one is “%1”.</source>
            <translation>Only a transaction waiting for a manual intervention can get a manual status; this one is “%1”.</translation>
        </message>
        <message>
            <source>Transaction %1 belongs to a location or terminal that is not in the cache (%2, %3). Sync again to fetch them.</source>
            <translation>Transaction %1 belongs to a location or terminal that is not in the cache (%2, %3). Sync again to fetch them.</translation>
        </message>
    </context>
    <context>
        <name>TransactionType</name>
        <message>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Cancellation</translation>
        </message>
        <message>
            <source>Pre-authorisation</source>
            <translation>Pre-authorisation</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
    </context>
    <context>
        <name>comptoir-cli</name>
        <message numerus="yes">
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry checked.</numerusform>
                <numerusform>The audit log is intact: %n entries checked.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no cache at %1. Sync first, or give the right --cache file.</source>
            <translation>There is no cache at %1. Sync first, or give the right --cache file.</translation>
        </message>
        <message>
            <source>Checks that the audit log of a cache is complete and unaltered, and reports the first entry that is not.</source>
            <translation>Checks that the audit log of a cache is complete and unaltered, and reports the first entry that is not.</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>The command.</translation>
        </message>
        <message>
            <source>The cache file.</source>
            <translation>The cache file.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Give the cache file with --cache FILE.</source>
            <translation>Give the cache file with --cache FILE.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry %1: %2</source>
            <translation>The audit log is broken at entry %1: %2</translation>
        </message>
        <message>
            <source>Writes a cache filled with realistic demo data, as a full sync from the demo portal would. For trying Comptoir out and for benchmarks.</source>
            <translation>Writes a cache filled with realistic demo data, as a full sync from the demo portal would. For trying Comptoir out and for benchmarks.</translation>
        </message>
        <message>
            <source>The cache file to create (must not exist).</source>
            <translation>The cache file to create (must not exist).</translation>
        </message>
        <message>
            <source>Random seed (default 1).</source>
            <translation>Random seed (default 1).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>BE or NL (default BE).</source>
            <translation>BE or NL (default BE).</translation>
        </message>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Number of locations (default 4).</source>
            <translation>Number of locations (default 4).</translation>
        </message>
        <message>
            <source>Number of terminals (default 9).</source>
            <translation>Number of terminals (default 9).</translation>
        </message>
        <message>
            <source>Days of history (default 90).</source>
            <translation>Days of history (default 90).</translation>
        </message>
        <message>
            <source>Transactions per day (default 600).</source>
            <translation>Transactions per day (default 600).</translation>
        </message>
        <message>
            <source>Last business day, YYYY-MM-DD (default today).</source>
            <translation>Last business day, YYYY-MM-DD (default today).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>Give the file to create with --out FILE.</source>
            <translation>Give the file to create with --out FILE.</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 must be a whole number from %2 to %3.</translation>
        </message>
        <message>
            <source>--seed must be a whole number.</source>
            <translation>--seed must be a whole number.</translation>
        </message>
        <message>
            <source>--country must be BE or NL.</source>
            <translation>--country must be BE or NL.</translation>
        </message>
        <message>
            <source>--end must be a date like 2026-11-22.</source>
            <translation>--end must be a date like 2026-11-22.</translation>
        </message>
        <message>
            <source>Every location needs a terminal: give at least as many --terminals as --locations.</source>
            <translation>Every location needs a terminal: give at least as many --terminals as --locations.</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name.</source>
            <translation>%1 already exists; choose a new file name.</translation>
        </message>
        <message>
            <source>%1 of about %2 transactions</source>
            <translation>%1 of about %2 transactions</translation>
        </message>
        <message>
            <source>Wrote %1 transactions and %2 day closes to %3.</source>
            <translation>Wrote %1 transactions and %2 day closes to %3.</translation>
        </message>
        <message>
            <source>The cache could not be moved to %1.</source>
            <translation>The cache could not be moved to %1.</translation>
        </message>
        <message>
            <source>What to do.</source>
            <translation>What to do.</translation>
        </message>
        <message>
            <source>Say what to do.</source>
            <translation>Say what to do.</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Unknown command “%1”.</translation>
        </message>
        <message>
            <source>The portal's address, e.g. https://portal.example.</source>
            <translation>The portal's address, e.g. https://portal.example.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>The account's e-mail address.</source>
            <translation>The account's e-mail address.</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>EMAIL</translation>
        </message>
        <message>
            <source>Give the portal's address with --portal, like https://portal.example.</source>
            <translation>Give the portal's address with --portal, like https://portal.example.</translation>
        </message>
        <message>
            <source>Give the account's e-mail address with --email.</source>
            <translation>Give the account's e-mail address with --email.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Password: </translation>
        </message>
        <message>
            <source>There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep the sign-in).</source>
            <translation>There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep the sign-in).</translation>
        </message>
        <message>
            <source>This account has two-step verification: give the code with --totp CODE.</source>
            <translation>This account has two-step verification: give the code with --totp CODE.</translation>
        </message>
        <message>
            <source>Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).</source>
            <translation>Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).</translation>
        </message>
        <message>
            <source>Brings the cache of a portal account up to date: everything the first time, then what changed.</source>
            <translation>Brings the cache of a portal account up to date: everything the first time, then what changed.</translation>
        </message>
        <message>
            <source>Read the password from standard input (else the saved sign-in from the keychain is used).</source>
            <translation>Read the password from standard input (else the saved sign-in from the keychain is used).</translation>
        </message>
        <message>
            <source>The code from the authenticator app, for two-step verification.</source>
            <translation>The code from the authenticator app, for two-step verification.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>Keep the sign-in in the system keychain for later runs (with --password-stdin).</source>
            <translation>Keep the sign-in in the system keychain for later runs (with --password-stdin).</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain too, so that later runs can sign in again when the sign-in expires (implies --remember).</source>
            <translation>Keep the password in the system keychain too, so that later runs can sign in again when the sign-in expires (implies --remember).</translation>
        </message>
        <message>
            <source>The cache file (default: the account's cache in the user's data folder).</source>
            <translation>The cache file (default: the account's cache in the user's data folder).</translation>
        </message>
        <message>
            <source>--remember and --remember-password keep a sign-in made with --password-stdin; give that too.</source>
            <translation>--remember and --remember-password keep a sign-in made with --password-stdin; give that too.</translation>
        </message>
        <message>
            <source>No password came on standard input.</source>
            <translation>No password came on standard input.</translation>
        </message>
        <message>
            <source>%1: %2 transactions, %3 day closes</source>
            <translation>%1: %2 transactions, %3 day closes</translation>
        </message>
        <message>
            <source>Signs a portal account out: ends its portal session when the portal can be reached, and removes the sign-in saved in the system keychain.</source>
            <translation>Signs a portal account out: ends its portal session when the portal can be reached, and removes the sign-in saved in the system keychain.</translation>
        </message>
        <message>
            <source>Signed out: no sign-in for %1 on %2 is saved any more.</source>
            <translation>Signed out: no sign-in for %1 on %2 is saved any more.</translation>
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
            <translation>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  dayclose      make the day-close report (PDF) of a period from the cache
  demo-cache    write a cache with demo data
  export        export transactions to Excel (xlsx) or CSV for the bookkeeper
  signout       forget an account's saved sign-in and end its portal session
  summary       print the turnover by day, location or payment method
  sync          bring an account's cache up to date with its portal

Run comptoir-cli COMMAND --help for the options of a command.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-06-30, not “%2”.</source>
            <translation>--%1 must be a date like 2026-06-30, not “%2”.</translation>
        </message>
        <message>
            <source>Give the business days with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
            <translation>Give the business days with --from YYYY-MM-DD and --to YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2: give the earlier day first.</source>
            <translation>--from %1 is after --to %2: give the earlier day first.</translation>
        </message>
        <message>
            <source>--lang must be nl, fr or en.</source>
            <translation>--lang must be nl, fr or en.</translation>
        </message>
        <message>
            <source>This account may not export or read the figures of any location (%1).</source>
            <translation>This account may not export or read the figures of any location (%1).</translation>
        </message>
        <message>
            <source>There is no location “%1” in this cache. Its locations: %2.</source>
            <translation>There is no location “%1” in this cache. Its locations: %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>This account may not see the figures of %1 (%2).</source>
            <translation>This account may not see the figures of %1 (%2).</translation>
        </message>
        <message>
            <source>--%1 is one character, like ; or , (or the word tab).</source>
            <translation>--%1 is one character, like ; or , (or the word tab).</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”.</source>
            <translation>Unexpected argument “%1”.</translation>
        </message>
        <message>
            <source>Exports the transactions of the cache for the bookkeeper: an Excel workbook (the transactions with real dates and amounts, and summaries by day, location and payment method) or a CSV file. The file appears complete or not at all.</source>
            <translation>Exports the transactions of the cache for the bookkeeper: an Excel workbook (the transactions with real dates and amounts, and summaries by day, location and payment method) or a CSV file. The file appears complete or not at all.</translation>
        </message>
        <message>
            <source>The first business day, YYYY-MM-DD.</source>
            <translation>The first business day, YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The last business day, YYYY-MM-DD (included).</source>
            <translation>The last business day, YYYY-MM-DD (included).</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several. Default: every location the account may export.</source>
            <translation>Only this location (its id or name); repeat for several. Default: every location the account may export.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>xlsx or csv (default: from the file name, else xlsx).</source>
            <translation>xlsx or csv (default: from the file name, else xlsx).</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>The language of the file's names and headers: nl, fr or en (default: the system's).</source>
            <translation>The language of the file's names and headers: nl, fr or en (default: the system's).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>CSV: the field separator (default ; for nl and fr, , for en; tab for a tab).</source>
            <translation>CSV: the field separator (default ; for nl and fr, , for en; tab for a tab).</translation>
        </message>
        <message>
            <source>CHAR</source>
            <translation>CHAR</translation>
        </message>
        <message>
            <source>CSV: the decimal mark (default , for nl and fr, . for en).</source>
            <translation>CSV: the decimal mark (default , for nl and fr, . for en).</translation>
        </message>
        <message>
            <source>CSV: dates as 2026-06-30 14:05:09 instead of the country's 30/06/2026.</source>
            <translation>CSV: dates as 2026-06-30 14:05:09 instead of the country's 30/06/2026.</translation>
        </message>
        <message>
            <source>Export for this saved export profile: its locations and format, and — for a profile that exports only what is new — what it has not sent before (new transactions, and corrections of changed ones). --from and --to are then optional.</source>
            <translation>Export for this saved export profile: its locations and format, and — for a profile that exports only what is new — what it has not sent before (new transactions, and corrections of changed ones). --from and --to are then optional.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The file to write (replaced when it exists).</source>
            <translation>The file to write (replaced when it exists).</translation>
        </message>
        <message>
            <source>Give the file to write with --out FILE.</source>
            <translation>Give the file to write with --out FILE.</translation>
        </message>
        <message>
            <source>--format must be xlsx or csv.</source>
            <translation>--format must be xlsx or csv.</translation>
        </message>
        <message>
            <source>There is no export profile “%1” in this cache. Its profiles: %2.</source>
            <translation>There is no export profile “%1” in this cache. Its profiles: %2.</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 of %2 transactions</translation>
        </message>
        <message>
            <source>Export %1: %2 new transactions, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1: %2 new transactions, %3 corrected (each as a reversal and its new version).</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3: no file was written.</source>
            <translation>No transactions from %1 to %2 at %3: no file was written.</translation>
        </message>
        <message>
            <source>any location</source>
            <translation>any location</translation>
        </message>
        <message>
            <source>Makes the day-close report (PDF, A4) of a period from the cache: for a day the portal has no report of, and for reprinting. The report says that Comptoir made it.</source>
            <translation>Makes the day-close report (PDF, A4) of a period from the cache: for a day the portal has no report of, and for reprinting. The report says that Comptoir made it.</translation>
        </message>
        <message>
            <source>The period (day close), by its id.</source>
            <translation>The period (day close), by its id.</translation>
        </message>
        <message>
            <source>The report's language: nl, fr or en (default: the system's).</source>
            <translation>The report's language: nl, fr or en (default: the system's).</translation>
        </message>
        <message>
            <source>The PDF file to write (replaced when it exists).</source>
            <translation>The PDF file to write (replaced when it exists).</translation>
        </message>
        <message>
            <source>Give the period with --period ID.</source>
            <translation>Give the period with --period ID.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name in it.</source>
            <translation>%1 is a folder; give a file name in it.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>Reports need Qt's GUI module (no screen): this program cannot make them.</source>
            <translation>Reports need Qt's GUI module (no screen): this program cannot make them.</translation>
        </message>
        <message>
            <source>There is no day close (period) “%1” in this cache. Sync first, or check the id.</source>
            <translation>There is no day close (period) “%1” in this cache. Sync first, or check the id.</translation>
        </message>
        <message>
            <source>This account may not see the day closes of %1.</source>
            <translation>This account may not see the day closes of %1.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>The report could not be made.</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>The file %1 could not be written: %2</translation>
        </message>
        <message>
            <source>Wrote the day-close report of period %1 (%2, %3) to %4.</source>
            <translation>Wrote the day-close report of period %1 (%2, %3) to %4.</translation>
        </message>
        <message>
            <source>Prints the turnover of a range of business days from the cache, by day, location or payment method: transactions, successful ones, sales, refunds and net turnover (successful transactions, whether their status was set automatically or by hand). The same figures as an export's summary sheets.</source>
            <translation>Prints the turnover of a range of business days from the cache, by day, location or payment method: transactions, successful ones, sales, refunds and net turnover (successful transactions, whether their status was set automatically or by hand). The same figures as an export's summary sheets.</translation>
        </message>
        <message>
            <source>day, location or method (default day).</source>
            <translation>day, location or method (default day).</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WHAT</translation>
        </message>
        <message>
            <source>Only this location (its id or name); repeat for several.</source>
            <translation>Only this location (its id or name); repeat for several.</translation>
        </message>
        <message>
            <source>Print JSON (amounts in minor units and as decimal text) instead of a table.</source>
            <translation>Print JSON (amounts in minor units and as decimal text) instead of a table.</translation>
        </message>
        <message>
            <source>--by must be day, location or method.</source>
            <translation>--by must be day, location or method.</translation>
        </message>
        <message>
            <source>No transactions from %1 to %2 at %3.</source>
            <translation>No transactions from %1 to %2 at %3.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Successful</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Net turnover</source>
            <translation>Net turnover</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Turnover from %1 to %2%3</source>
            <translation>Turnover from %1 to %2%3</translation>
        </message>
        <message>
            <source>(amounts in %1)</source>
            <translation>(amounts in %1)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::AboutDialog</name>
        <message>
            <source>The licence text of %1 is missing from this copy of Comptoir.</source>
            <translation>The licence text of %1 is missing from this copy of Comptoir.</translation>
        </message>
        <message>
            <source>About Comptoir</source>
            <translation>About Comptoir</translation>
        </message>
        <message>
            <source>Comptoir</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <source>Version %1 · Qt %2 (built with Qt %3)</source>
            <translation>Version %1 · Qt %2 (built with Qt %3)</translation>
        </message>
        <message>
            <source>Turnover, transactions and day closes of your CCV payment terminals, from a copy of your portal data on this computer.</source>
            <translation>Turnover, transactions and day closes of your CCV payment terminals, from a copy of your portal data on this computer.</translation>
        </message>
        <message>
            <source>The licence under which Comptoir itself is distributed has not been chosen yet. The libraries below keep their own licences; choose one to read its licence.</source>
            <translation>The licence under which Comptoir itself is distributed has not been chosen yet. The libraries below keep their own licences; choose one to read its licence.</translation>
        </message>
        <message>
            <source>Libraries shipped with Comptoir</source>
            <translation>Libraries shipped with Comptoir</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
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
            <translation>Close</translation>
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
            <translation>There is no cache file at %1.</translation>
        </message>
        <message>
            <source>You are signed out. Sign in again, or as another account.</source>
            <translation>You are signed out. Sign in again, or as another account.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyLayoutDialog</name>
        <message>
            <source>Copy the receipt to other locations</source>
            <translation>Copy the receipt to other locations</translation>
        </message>
        <message>
            <source>Copy the receipt of “%1” as it is saved. Check the locations to copy it to: what changes there is listed first. Nothing is saved until you copy.</source>
            <translation>Copy the receipt of “%1” as it is saved. Check the locations to copy it to: what changes there is listed first. Nothing is saved until you copy.</translation>
        </message>
        <message>
            <source>&amp;Paper and customer receipt</source>
            <translation>&amp;Paper and customer receipt</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Logo</translation>
        </message>
        <message>
            <source>&amp;Texts in every language</source>
            <translation>&amp;Texts in every language</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message numerus="yes">
            <source>Copy to %n location(s)</source>
            <translation>
                <numerusform>Copy to %n location</numerusform>
                <numerusform>Copy to %n locations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::CopyTargetsModel</name>
        <message>
            <source>%1 mm, small text</source>
            <translation>%1 mm, small text</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, normal text</translation>
        </message>
        <message>
            <source>Paper: %1 → %2</source>
            <translation>Paper: %1 → %2</translation>
        </message>
        <message>
            <source>Customer receipt: printed after every payment</source>
            <translation>Customer receipt: printed after every payment</translation>
        </message>
        <message>
            <source>Customer receipt: printed only when asked</source>
            <translation>Customer receipt: printed only when asked</translation>
        </message>
        <message>
            <source>Logo: removed</source>
            <translation>Logo: removed</translation>
        </message>
        <message>
            <source>Logo: added</source>
            <translation>Logo: added</translation>
        </message>
        <message>
            <source>Logo: replaced</source>
            <translation>Logo: replaced</translation>
        </message>
        <message>
            <source>Header in %1: other lines</source>
            <translation>Header in %1: other lines</translation>
        </message>
        <message numerus="yes">
            <source>Header in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>Header in %1: %n line instead of %2</numerusform>
                <numerusform>Header in %1: %n lines instead of %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Footer in %1: other lines</source>
            <translation>Footer in %1: other lines</translation>
        </message>
        <message numerus="yes">
            <source>Footer in %1: %n line(s) instead of %2</source>
            <translation>
                <numerusform>Footer in %1: %n line instead of %2</numerusform>
                <numerusform>Footer in %1: %n lines instead of %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifone terminals here: CCV support changes their receipt.</source>
            <translation>Verifone terminals here: CCV support changes their receipt.</translation>
        </message>
        <message>
            <source>Not synced yet: sync first.</source>
            <translation>Not synced yet: sync first.</translation>
        </message>
        <message>
            <source>Would not print here: %1</source>
            <translation>Would not print here: %1</translation>
        </message>
        <message>
            <source>Already the same there.</source>
            <translation>Already the same there.</translation>
        </message>
        <message>
            <source>Nothing changes: already the same.</source>
            <translation>Nothing changes: already the same.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>What changes there</source>
            <translation>What changes there</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DashboardPage</name>
        <message>
            <source>%1, set by hand</source>
            <translation>%1, set by hand</translation>
        </message>
        <message>
            <source>Turnover: %1</source>
            <translation>Turnover: %1</translation>
        </message>
        <message numerus="yes">
            <source>Sales: %1 (%Ln)</source>
            <translation>
                <numerusform>Sales: %1 (%Ln)</numerusform>
                <numerusform>Sales: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refunds: %1 (%Ln)</source>
            <translation>
                <numerusform>Refunds: %1 (%Ln)</numerusform>
                <numerusform>Refunds: %1 (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average ticket: %1</source>
            <translation>Average ticket: %1</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Show by:</source>
            <translation>Show by:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Rebuild the totals</source>
            <translation>Rebuild the totals</translation>
        </message>
        <message>
            <source>The search text, amount, processor and day-close filters apply to the transaction list only: the dashboard counts every transaction that matches the other filters.</source>
            <translation>The search text, amount, processor and day-close filters apply to the transaction list only: the dashboard counts every transaction that matches the other filters.</translation>
        </message>
        <message>
            <source>Too many bars for these dates: choose a shorter period to see them by %1.</source>
            <translation>Too many bars for these dates: choose a shorter period to see them by %1.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Updating…</translation>
        </message>
        <message>
            <source>all locations</source>
            <translation>all locations</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
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
            <translation>Your user account may not see the dashboard. An administrator can give your user group access to it on the portal.</translation>
        </message>
        <message>
            <source>The dashboard could not be computed. Open the page again.</source>
            <translation>The dashboard could not be computed. Open the page again.</translation>
        </message>
        <message>
            <source>You may not see any of the chosen locations. Choose other locations in the filter.</source>
            <translation>You may not see any of the chosen locations. Choose other locations in the filter.</translation>
        </message>
        <message>
            <source>Rebuilding the totals from the transactions…</source>
            <translation>Rebuilding the totals from the transactions…</translation>
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
            <translation>No transactions for these filters.</translation>
        </message>
        <message>
            <source>Turnover per day</source>
            <translation>Turnover per day</translation>
        </message>
        <message>
            <source>Turnover per week</source>
            <translation>Turnover per week</translation>
        </message>
        <message>
            <source>Turnover per month</source>
            <translation>Turnover per month</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions: %1.</source>
            <translation>Net turnover of the successful transactions: %1.</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>Number of transactions per day</source>
            <translation>Number of transactions per day</translation>
        </message>
        <message>
            <source>Number of transactions per week</source>
            <translation>Number of transactions per week</translation>
        </message>
        <message>
            <source>Number of transactions per month</source>
            <translation>Number of transactions per month</translation>
        </message>
        <message>
            <source>%1 successful, %2 not (failed, declined, cancelled, …).</source>
            <translation>%1 successful, %2 not (failed, declined, cancelled, …).</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Successful</translation>
        </message>
        <message>
            <source>Not successful</source>
            <translation>Not successful</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per day</source>
            <translation>Refunds and chargebacks per day</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per week</source>
            <translation>Refunds and chargebacks per week</translation>
        </message>
        <message>
            <source>Refunds and chargebacks per month</source>
            <translation>Refunds and chargebacks per month</translation>
        </message>
        <message>
            <source>Refunds %1 (%2), payments refunded later %3 (%4), chargebacks %5 (%6).</source>
            <translation>Refunds %1 (%2), payments refunded later %3 (%4), chargebacks %5 (%6).</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Payments refunded</source>
            <translation>Payments refunded</translation>
        </message>
        <message>
            <source>Chargebacks</source>
            <translation>Chargebacks</translation>
        </message>
        <message>
            <source>No refunds and no chargebacks for these filters.</source>
            <translation>No refunds and no chargebacks for these filters.</translation>
        </message>
        <message>
            <source>Turnover by payment method</source>
            <translation>Turnover by payment method</translation>
        </message>
        <message>
            <source>No turnover for these filters.</source>
            <translation>No turnover for these filters.</translation>
        </message>
        <message>
            <source>Turnover by location</source>
            <translation>Turnover by location</translation>
        </message>
        <message numerus="yes">
            <source>%n other locations</source>
            <translation>
                <numerusform>%n other location</numerusform>
                <numerusform>%n other locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n locations with transactions.</source>
            <translation>
                <numerusform>%n location with transactions.</numerusform>
                <numerusform>%n locations with transactions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Turnover by hour of the day</source>
            <translation>Turnover by hour of the day</translation>
        </message>
        <message>
            <source>Sums over the period, on each location's own clock.</source>
            <translation>Sums over the period, on each location's own clock.</translation>
        </message>
        <message>
            <source>Turnover by day of the week</source>
            <translation>Turnover by day of the week</translation>
        </message>
        <message>
            <source>Sums over the period; hover a bar for the average per day.</source>
            <translation>Sums over the period; hover a bar for the average per day.</translation>
        </message>
        <message>
            <source>Failed, declined and resolved by hand</source>
            <translation>Failed, declined and resolved by hand</translation>
        </message>
        <message>
            <source>Share of all transactions</source>
            <translation>Share of all transactions</translation>
        </message>
        <message>
            <source>%1 of the %2 transactions went through without intervention.</source>
            <translation>%1 of the %2 transactions went through without intervention.</translation>
        </message>
        <message>
            <source>Every transaction went through without intervention.</source>
            <translation>Every transaction went through without intervention.</translation>
        </message>
        <message>
            <source>Click to see these transactions.</source>
            <translation>Click to see these transactions.</translation>
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
            <translation>Successful: %1</translation>
        </message>
        <message>
            <source>Not successful: %1</source>
            <translation>Not successful: %1</translation>
        </message>
        <message numerus="yes">
            <source>Payments refunded later: %1 (%Ln)</source>
            <translation>
                <numerusform>Payments refunded later: %1 (%Ln)</numerusform>
                <numerusform>Payments refunded later: %1 (%Ln)</numerusform>
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
            <translation>Share of the turnover: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in all</source>
            <translation>
                <numerusform>%Ln transaction in all</numerusform>
                <numerusform>%Ln transactions in all</numerusform>
            </translation>
        </message>
        <message>
            <source>%1:00 – %2:00</source>
            <translation>%1:00 – %2:00</translation>
        </message>
        <message numerus="yes">
            <source>%n such days in the period: %1 per day on average</source>
            <translation>
                <numerusform>%n such day in the period: %1 per day on average</numerusform>
                <numerusform>%n such days in the period: %1 per day on average</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Amount: %1</translation>
        </message>
        <message>
            <source>Share of all transactions: %1</source>
            <translation>Share of all transactions: %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DayClosesPage</name>
        <message>
            <source>This period is still open: its day-close report exists once the terminal closes the day.</source>
            <translation>This period is still open: its day-close report exists once the terminal closes the day.</translation>
        </message>
        <message>
            <source>This day close is not in the cache. Sync and try again.</source>
            <translation>This day close is not in the cache. Sync and try again.</translation>
        </message>
        <message>
            <source>Comptoir could not make the report.</source>
            <translation>Comptoir could not make the report.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>Te&amp;rminal:</source>
            <translation>Te&amp;rminal:</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Day closes</translation>
        </message>
        <message>
            <source>Show &amp;transactions</source>
            <translation>Show &amp;transactions</translation>
        </message>
        <message>
            <source>List this period's transactions on the Transactions page (Ctrl+Return)</source>
            <translation>List this period's transactions on the Transactions page (Ctrl+Return)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Save the report as a PDF file (%1)</source>
            <translation>Save the report as a PDF file (%1)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the report (%1)</source>
            <translation>Print the report (%1)</translation>
        </message>
        <message>
            <source>Day-close report</source>
            <translation>Day-close report</translation>
        </message>
        <message>
            <source>The report cannot be shown</source>
            <translation>The report cannot be shown</translation>
        </message>
        <message>
            <source>The day-close report is not a readable PDF. Try again later, or make the report from Comptoir's data.</source>
            <translation>The day-close report is not a readable PDF. Try again later, or make the report from Comptoir's data.</translation>
        </message>
        <message>
            <source>&amp;Make the report from Comptoir's data</source>
            <translation>&amp;Make the report from Comptoir's data</translation>
        </message>
        <message>
            <source>Comptoir makes a day-close report from the transactions in this cache. It is not the portal's report and is not kept.</source>
            <translation>Comptoir makes a day-close report from the transactions in this cache. It is not the portal's report and is not kept.</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>Try &amp;again</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>All terminals</translation>
        </message>
        <message>
            <source>Your account may not see day closes. An administrator can give access in the portal's user groups.</source>
            <translation>Your account may not see day closes. An administrator can give access in the portal's user groups.</translation>
        </message>
        <message>
            <source>No day closes for these filters yet. They arrive with the next sync.</source>
            <translation>No day closes for these filters yet. They arrive with the next sync.</translation>
        </message>
        <message>
            <source>The day close cannot be read</source>
            <translation>The day close cannot be read</translation>
        </message>
        <message>
            <source>Day close not found</source>
            <translation>Day close not found</translation>
        </message>
        <message>
            <source>Your account may not see the day closes of this location.</source>
            <translation>Your account may not see the day closes of this location.</translation>
        </message>
        <message>
            <source>This day close is not in the cache yet. Sync, then try again.</source>
            <translation>This day close is not in the cache yet. Sync, then try again.</translation>
        </message>
        <message>
            <source>This period is still open</source>
            <translation>This period is still open</translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Not downloaded yet</translation>
        </message>
        <message>
            <source>Meanwhile Comptoir can make the report from the data in this cache.</source>
            <translation>Meanwhile Comptoir can make the report from the data in this cache.</translation>
        </message>
        <message>
            <source>Making the report from Comptoir's data…</source>
            <translation>Making the report from Comptoir's data…</translation>
        </message>
        <message>
            <source>Fetching the day-close report from the portal…</source>
            <translation>Fetching the day-close report from the portal…</translation>
        </message>
        <message>
            <source>The portal did not give the report</source>
            <translation>The portal did not give the report</translation>
        </message>
        <message>
            <source>The report could not be made</source>
            <translation>The report could not be made</translation>
        </message>
        <message>
            <source>Sign in again (Portal menu), then open the report once more.</source>
            <translation>Sign in again (Portal menu), then open the report once more.</translation>
        </message>
        <message>
            <source>The portal cannot be reached</source>
            <translation>The portal cannot be reached</translation>
        </message>
        <message>
            <source>Choose a day close to see its report.</source>
            <translation>Choose a day close to see its report.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>period from – to</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>open since %1</source>
            <translation>open since %1</translation>
        </message>
        <message>
            <source>%1 at %2, period %3</source>
            <comment>terminal at location, period number</comment>
            <translation>%1 at %2, period %3</translation>
        </message>
        <message>
            <source>The portal's day-close report, kept in this cache: it opens offline too.</source>
            <translation>The portal's day-close report, kept in this cache: it opens offline too.</translation>
        </message>
        <message>
            <source>The portal's day-close report, just downloaded and now kept in this cache.</source>
            <translation>The portal's day-close report, just downloaded and now kept in this cache.</translation>
        </message>
        <message>
            <source>Made by Comptoir from the data in this cache — not the portal's day-close report. It covers the transactions synced to this computer.</source>
            <translation>Made by Comptoir from the data in this cache — not the portal's day-close report. It covers the transactions synced to this computer.</translation>
        </message>
        <message>
            <source>Day close.pdf</source>
            <translation>Day close.pdf</translation>
        </message>
        <message>
            <source>Day close %1 %2 %3</source>
            <comment>terminal, period number, date</comment>
            <translation>Day close %1 %2 %3</translation>
        </message>
        <message>
            <source>(made by Comptoir)</source>
            <translation>(made by Comptoir)</translation>
        </message>
        <message>
            <source>Save the day-close report</source>
            <translation>Save the day-close report</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Choose another folder or name.</source>
            <translation>The report could not be saved as %1: %2. Choose another folder or name.</translation>
        </message>
        <message>
            <source>The report could not be saved as %1: %2. Check the free space, or choose another folder.</source>
            <translation>The report could not be saved as %1: %2. Check the free space, or choose another folder.</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Saved as %1.</translation>
        </message>
        <message>
            <source>Print the day-close report</source>
            <translation>Print the day-close report</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is connected and switched on.</source>
            <translation>The printer could not be started. Check that it is connected and switched on.</translation>
        </message>
        <message>
            <source>The report could not be printed completely. Check the printer and try again.</source>
            <translation>The report could not be printed completely. Check the printer and try again.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Sent to the printer.</translation>
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
            <translation>Preparing the demo portal…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message numerus="yes">
            <source>Signing in to the demo portal and syncing…
%Ln transactions received</source>
            <translation>
                <numerusform>Signing in to the demo portal and syncing…
%Ln transaction received</numerusform>
                <numerusform>Signing in to the demo portal and syncing…
%Ln transactions received</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo portal cannot start: %1</source>
            <translation>The demo portal cannot start: %1</translation>
        </message>
        <message>
            <source>The demo portal cannot listen on this computer's loopback address.</source>
            <translation>The demo portal cannot listen on this computer's loopback address.</translation>
        </message>
        <message>
            <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
            <translation>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</translation>
        </message>
        <message>
            <source>The demo portal cannot be prepared: %1</source>
            <translation>The demo portal cannot be prepared: %1</translation>
        </message>
        <message>
            <source>The demo data cannot be written to %1.</source>
            <translation>The demo data cannot be written to %1.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ExportDialog</name>
        <message>
            <source>Export transactions</source>
            <translation>Export transactions</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profile:</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>No profile</translation>
        </message>
        <message>
            <source>Saved export settings, for exporting the same way again.</source>
            <translation>Saved export settings, for exporting the same way again.</translation>
        </message>
        <message>
            <source>&amp;Save as profile…</source>
            <translation>&amp;Save as profile…</translation>
        </message>
        <message>
            <source>Keep these settings under a name. A profile that exports only what is new remembers what it has exported.</source>
            <translation>Keep these settings under a name. A profile that exports only what is new remembers what it has exported.</translation>
        </message>
        <message>
            <source>&amp;Delete profile</source>
            <translation>&amp;Delete profile</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>What to export</translation>
        </message>
        <message>
            <source>The transactions shown on the &amp;Transactions page</source>
            <translation>The transactions shown on the &amp;Transactions page</translation>
        </message>
        <message>
            <source>B&amp;usiness days and locations</source>
            <translation>B&amp;usiness days and locations</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>t&amp;o:</translation>
        </message>
        <message>
            <source>Only what is &amp;new since the last export of this profile</source>
            <translation>Only what is &amp;new since the last export of this profile</translation>
        </message>
        <message>
            <source>Starting from</source>
            <translation>Starting from</translation>
        </message>
        <message>
            <source>&amp;Locations:</source>
            <translation>&amp;Locations:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Fo&amp;rmat:</source>
            <translation>Fo&amp;rmat:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>CSV text file (.csv)</source>
            <translation>CSV text file (.csv)</translation>
        </message>
        <message>
            <source>The workbook holds the transactions and summaries by day, location and payment method; a CSV file holds the transactions only.</source>
            <translation>The workbook holds the transactions and summaries by day, location and payment method; a CSV file holds the transactions only.</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the file:</source>
            <translation>Lan&amp;guage of the file:</translation>
        </message>
        <message>
            <source>Statuses, payment methods and column headers are written in this language, whatever the language of Comptoir.</source>
            <translation>Statuses, payment methods and column headers are written in this language, whatever the language of Comptoir.</translation>
        </message>
        <message>
            <source>Sep&amp;arator:</source>
            <translation>Sep&amp;arator:</translation>
        </message>
        <message>
            <source>As usual for the language</source>
            <translation>As usual for the language</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>Semicolon ;</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>Comma ,</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Deci&amp;mal mark:</source>
            <translation>Deci&amp;mal mark:</translation>
        </message>
        <message>
            <source>Point .</source>
            <translation>Point .</translation>
        </message>
        <message>
            <source>&amp;ISO dates (2026-12-31)</source>
            <translation>&amp;ISO dates (2026-12-31)</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>Sa&amp;ve to:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>all days</source>
            <translation>all days</translation>
        </message>
        <message>
            <source>every location</source>
            <translation>every location</translation>
        </message>
        <message>
            <source>search “%1”</source>
            <translation>search “%1”</translation>
        </message>
        <message>
            <source>one day close</source>
            <translation>one day close</translation>
        </message>
        <message>
            <source>A transaction that changed after it was exported — a status set by hand, a chargeback, a refund — comes back in the next export as two rows: a reversal of what was sent (the amount negated) and its new version. Book every row and nothing is counted twice.</source>
            <translation>A transaction that changed after it was exported — a status set by hand, a chargeback, a refund — comes back in the next export as two rows: a reversal of what was sent (the amount negated) and its new version. Book every row and nothing is counted twice.</translation>
        </message>
        <message numerus="yes">
            <source>Export %1 of “%2” was made on %3 (%Ln rows); the next holds only what is new or changed since.</source>
            <translation>
                <numerusform>Export %1 of “%2” was made on %3 (%Ln row); the next holds only what is new or changed since.</numerusform>
                <numerusform>Export %1 of “%2” was made on %3 (%Ln rows); the next holds only what is new or changed since.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has not exported anything yet: its first export holds every transaction of its locations (from the day chosen).</source>
            <translation>“%1” has not exported anything yet: its first export holds every transaction of its locations (from the day chosen).</translation>
        </message>
        <message>
            <source>Save the settings as a profile (on Export you are asked for a name): its first export holds every transaction of its locations, each later one only what is new or changed since.</source>
            <translation>Save the settings as a profile (on Export you are asked for a name): its first export holds every transaction of its locations, each later one only what is new or changed since.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Your account may not export transactions of any location. An administrator can give you the Export permission in the portal.</source>
            <translation>Your account may not export transactions of any location. An administrator can give you the Export permission in the portal.</translation>
        </message>
        <message>
            <source>Transactions %1 to %2</source>
            <translation>Transactions %1 to %2</translation>
        </message>
        <message>
            <source>Transactions %1</source>
            <translation>Transactions %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation>Bookkeeper</translation>
        </message>
        <message>
            <source>Save as profile</source>
            <translation>Save as profile</translation>
        </message>
        <message>
            <source>Name of the profile:</source>
            <translation>Name of the profile:</translation>
        </message>
        <message>
            <source>The profile “%1” is saved.</source>
            <translation>The profile “%1” is saved.</translation>
        </message>
        <message>
            <source>Delete the profile “%1”? Comptoir then forgets what it has exported: a new profile would export everything again.</source>
            <translation>Delete the profile “%1”? Comptoir then forgets what it has exported: a new profile would export everything again.</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Delete profile</translation>
        </message>
        <message>
            <source>The profile “%1” is deleted.</source>
            <translation>The profile “%1” is deleted.</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Choose where to save the file.</translation>
        </message>
        <message>
            <source>The first day comes after the last one.</source>
            <translation>The first day comes after the last one.</translation>
        </message>
        <message>
            <source>Choose at least one location.</source>
            <translation>Choose at least one location.</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 already exists. Replace it?</translation>
        </message>
        <message>
            <source>Replace file</source>
            <translation>Replace file</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Writing the file…</translation>
        </message>
        <message>
            <source>%1 of %2 transactions</source>
            <translation>%1 of %2 transactions</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Export %1 of the profile: %2 new, %3 corrected (each as a reversal and its new version).</source>
            <translation>Export %1 of the profile: %2 new, %3 corrected (each as a reversal and its new version).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::FilterBar</name>
        <message>
            <source>Custom range…</source>
            <translation>Custom range…</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Which days to show</source>
            <translation>Which days to show</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>All locations</translation>
        </message>
        <message numerus="yes">
            <source>%n locations</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>All terminals</translation>
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
            <translation>All statuses</translation>
        </message>
        <message numerus="yes">
            <source>%n statuses</source>
            <translation>
                <numerusform>%n status</numerusform>
                <numerusform>%n statuses</numerusform>
            </translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Statuses</translation>
        </message>
        <message>
            <source>All payment methods</source>
            <translation>All payment methods</translation>
        </message>
        <message numerus="yes">
            <source>%n payment methods</source>
            <translation>
                <numerusform>%n payment method</numerusform>
                <numerusform>%n payment methods</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Payment methods</translation>
        </message>
        <message>
            <source>All processors</source>
            <translation>All processors</translation>
        </message>
        <message numerus="yes">
            <source>%n processors</source>
            <translation>
                <numerusform>%n processor</numerusform>
                <numerusform>%n processors</numerusform>
            </translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Processors</translation>
        </message>
        <message>
            <source>Who processed the payment: CCV, or another acquirer or voucher issuer</source>
            <translation>Who processed the payment: CCV, or another acquirer or voucher issuer</translation>
        </message>
        <message>
            <source>Status set:</source>
            <translation>Status set:</translation>
        </message>
        <message>
            <source>automatically or by hand</source>
            <translation>automatically or by hand</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatically</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Smallest amount</source>
            <translation>Smallest amount</translation>
        </message>
        <message>
            <source>Largest amount</source>
            <translation>Largest amount</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Reference or last 4 card digits</source>
            <translation>Reference or last 4 card digits</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Day close</translation>
        </message>
        <message>
            <source>Day close %1 · %2</source>
            <comment>period sequence number · terminal name</comment>
            <translation>Day close %1 · %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type it as you would write it, for example %2.</source>
            <translation>“%1” is not an amount. Type it as you would write it, for example %2.</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>More filters</translation>
        </message>
        <message>
            <source>More filters (%1)</source>
            <translation>More filters (%1)</translation>
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
            <translation>&amp;About Comptoir</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>comptoir::LocationTreeModel</name>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>Just now</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>%1 min ago</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Yesterday, %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal:</source>
            <translation>In conflict with a change on the portal:</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>Waiting for the portal:</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Deactivated on %1</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>At %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>App versions</source>
            <translation>App versions</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%n active</numerusform>
                <numerusform>%n active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n deactivated</source>
            <comment>terminals</comment>
            <translation>
                <numerusform>%1, %n deactivated</numerusform>
                <numerusform>%1, %n deactivated</numerusform>
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
            <translation>There is no “New location”: CCV creates a location when a terminal is ordered for a new address. You can rename locations, and move a terminal to another location by dragging it there or with “Move to”.</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Rename the selected location or terminal (F2)</source>
            <translation>Rename the selected location or terminal (F2)</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>Move the selected terminals to another location (Ctrl+M), or drag them there</source>
            <translation>Move the selected terminals to another location (Ctrl+M), or drag them there</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <source>Deactivate the selected terminal, so that a replacement can take over its name (Del)</source>
            <translation>Deactivate the selected terminal, so that a replacement can take over its name (Del)</translation>
        </message>
        <message>
            <source>Move to ▾</source>
            <translation>Move to ▾</translation>
        </message>
        <message>
            <source>Show deactivated terminals</source>
            <translation>Show deactivated terminals</translation>
        </message>
        <message>
            <source>Find a location or terminal</source>
            <translation>Find a location or terminal</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Locations &amp; terminals</translation>
        </message>
        <message>
            <source>Your user groups give you no locations to manage here.</source>
            <translation>Your user groups give you no locations to manage here.</translation>
        </message>
        <message>
            <source>There are no locations in the cache yet. They arrive with the next sync.</source>
            <translation>There are no locations in the cache yet. They arrive with the next sync.</translation>
        </message>
        <message>
            <source>Rename location</source>
            <translation>Rename location</translation>
        </message>
        <message>
            <source>New name for the location “%1” (at most %2 characters):</source>
            <translation>New name for the location “%1” (at most %2 characters):</translation>
        </message>
        <message>
            <source>Rename terminal</source>
            <translation>Rename terminal</translation>
        </message>
        <message>
            <source>New name for the terminal “%1” at %2 (at most %3 characters). No other active terminal may have the same name.</source>
            <translation>New name for the terminal “%1” at %2 (at most %3 characters). No other active terminal may have the same name.</translation>
        </message>
        <message>
            <source>Your user groups do not allow moving “%1” to “%2”.</source>
            <translation>Your user groups do not allow moving “%1” to “%2”.</translation>
        </message>
        <message>
            <source>Move terminal</source>
            <translation>Move terminal</translation>
        </message>
        <message>
            <source>%1, serial number %2</source>
            <translation>%1, serial number %2</translation>
        </message>
        <message>
            <source>Deactivate the terminal “%1” (%2) at %3?</source>
            <translation>Deactivate the terminal “%1” (%2) at %3?</translation>
        </message>
        <message>
            <source>Deactivating frees the name “%1”: a replacement terminal can then sign in under this name and take over this terminal's transaction history.</source>
            <translation>Deactivating frees the name “%1”: a replacement terminal can then sign in under this name and take over this terminal's transaction history.</translation>
        </message>
        <message>
            <source>A deactivation cannot be undone from Comptoir.</source>
            <translation>A deactivation cannot be undone from Comptoir.</translation>
        </message>
        <message>
            <source>Deactivate terminal</source>
            <translation>Deactivate terminal</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Locations: %1 · active terminals: %2 · deactivated: %3</source>
            <translation>Locations: %1 · active terminals: %2 · deactivated: %3</translation>
        </message>
        <message>
            <source>Select a location or a terminal to see its details.</source>
            <translation>Select a location or a terminal to see its details.</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 selected</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Terminals</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <source>Your user groups do not allow renaming this location.</source>
            <translation>Your user groups do not allow renaming this location.</translation>
        </message>
        <message>
            <source>Your user groups do not allow changing the terminals of this location.</source>
            <translation>Your user groups do not allow changing the terminals of this location.</translation>
        </message>
        <message>
            <source>Terminal at %1</source>
            <translation>Terminal at %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Deactivated on %1</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>app name and version</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>(%1 elsewhere)</source>
            <translation>(%1 elsewhere)</translation>
        </message>
        <message>
            <source>Apps</source>
            <translation>Apps</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>None reported</translation>
        </message>
        <message>
            <source>Its name is free: a replacement terminal can sign in under it and take over its history.</source>
            <translation>Its name is free: a replacement terminal can sign in under it and take over its history.</translation>
        </message>
        <message>
            <source>In conflict with a change on the portal — see “Changes waiting for the portal”:</source>
            <translation>In conflict with a change on the portal — see “Changes waiting for the portal”:</translation>
        </message>
        <message>
            <source>Waiting for the portal:</source>
            <translation>Waiting for the portal:</translation>
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
            <translation>Receipt logo</translation>
        </message>
        <message>
            <source>Drag a rectangle over the part of the image to keep.</source>
            <translation>Drag a rectangle over the part of the image to keep.</translation>
        </message>
        <message>
            <source>&amp;Whole image</source>
            <translation>&amp;Whole image</translation>
        </message>
        <message>
            <source>&amp;Trim white borders</source>
            <translation>&amp;Trim white borders</translation>
        </message>
        <message>
            <source>Wi&amp;dth:</source>
            <translation>Wi&amp;dth:</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> dots</translation>
        </message>
        <message>
            <source>&amp;Automatic</source>
            <translation>&amp;Automatic</translation>
        </message>
        <message>
            <source>As wide as the paper, unless that makes the logo higher than 24 mm.</source>
            <translation>As wide as the paper, unless that makes the logo higher than 24 mm.</translation>
        </message>
        <message>
            <source>&amp;Brightness:</source>
            <translation>&amp;Brightness:</translation>
        </message>
        <message>
            <source>Lighter to the right: fewer black dots.</source>
            <translation>Lighter to the right: fewer black dots.</translation>
        </message>
        <message>
            <source>T&amp;hreshold:</source>
            <translation>T&amp;hreshold:</translation>
        </message>
        <message>
            <source>Grey darker than this prints black; the difference is spread over the next dots (Floyd–Steinberg), so shades become patterns of dots.</source>
            <translation>Grey darker than this prints black; the difference is spread over the next dots (Floyd–Steinberg), so shades become patterns of dots.</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Reset</translation>
        </message>
        <message>
            <source>What the printer prints, dot for dot:</source>
            <translation>What the printer prints, dot for dot:</translation>
        </message>
        <message>
            <source>Use this logo</source>
            <translation>Use this logo</translation>
        </message>
        <message>
            <source>Nothing is left to print: the part kept is blank. Choose another part, or the whole image.</source>
            <translation>Nothing is left to print: the part kept is blank. Choose another part, or the whole image.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm) on %5 mm paper, %6 KiB.</source>
            <translation>%1 × %2 dots (%3 × %4 mm) on %5 mm paper, %6 KiB.</translation>
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
            <translation>The local cache file</translation>
        </message>
        <message numerus="yes">
            <source>%Ln transactions in the cache</source>
            <translation>
                <numerusform>%Ln transaction in the cache</numerusform>
                <numerusform>%Ln transactions in the cache</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the sync. What has arrived so far is kept.</source>
            <translation>Stop the sync. What has arrived so far is kept.</translation>
        </message>
        <message>
            <source>&amp;Portal</source>
            <translation>&amp;Portal</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>&amp;Changes waiting for the portal…</source>
            <translation>&amp;Changes waiting for the portal…</translation>
        </message>
        <message>
            <source>&amp;Background sync</source>
            <translation>&amp;Background sync</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Every %n minute</numerusform>
                <numerusform>Every %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>Up to date.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new or changed transactions.</source>
            <translation>
                <numerusform>%Ln new or changed transaction.</numerusform>
                <numerusform>%Ln new or changed transactions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync stopped. What had arrived is kept.</source>
            <translation>Sync stopped. What had arrived is kept.</translation>
        </message>
        <message>
            <source>The portal did not take all your changes: see what needs your attention.</source>
            <translation>The portal did not take all your changes: see what needs your attention.</translation>
        </message>
        <message>
            <source>Offline: no portal sign-in</source>
            <translation>Offline: no portal sign-in</translation>
        </message>
        <message>
            <source>This cache is shown as it was last synced.</source>
            <translation>This cache is shown as it was last synced.</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>The portal answered the last sync.</source>
            <translation>The portal answered the last sync.</translation>
        </message>
        <message>
            <source>○ Offline</source>
            <translation>○ Offline</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Never synced</translation>
        </message>
        <message>
            <source>Last synced just now</source>
            <translation>Last synced just now</translation>
        </message>
        <message numerus="yes">
            <source>Last synced %n minutes ago</source>
            <translation>
                <numerusform>Last synced %n minute ago</numerusform>
                <numerusform>Last synced %n minutes ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced at %1</source>
            <translation>Last synced at %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention</source>
            <translation>
                <numerusform>%n change needs your attention</numerusform>
                <numerusform>%n changes need your attention</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo portal</source>
            <translation>Demo portal</translation>
        </message>
        <message>
            <source>Synced from the demo portal running inside Comptoir, kept in %1</source>
            <translation>Synced from the demo portal running inside Comptoir, kept in %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for the portal</source>
            <translation>
                <numerusform>%n change waiting for the portal</numerusform>
                <numerusform>%n changes waiting for the portal</numerusform>
            </translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Day closes</source>
            <translation>Day closes</translation>
        </message>
        <message>
            <source>Locations &amp; terminals</source>
            <translation>Locations &amp; terminals</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Syncing (%1): %2 transactions, %3 day closes</source>
            <comment>%1 is the step, e.g. “Transactions”</comment>
            <translation>Syncing (%1): %2 transactions, %3 day closes</translation>
        </message>
        <message>
            <source>Last synced on %1</source>
            <translation>Last synced on %1</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export the transactions to Excel or CSV for the bookkeeping</source>
            <translation>Export the transactions to Excel or CSV for the bookkeeping</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OutboxDialog</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Deactivated on %1</source>
            <translation>Deactivated on %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>The terminal, automatically</source>
            <translation>The terminal, automatically</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>By hand</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Set on</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>A logo</source>
            <translation>A logo</translation>
        </message>
        <message>
            <source>Customer receipt</source>
            <translation>Customer receipt</translation>
        </message>
        <message>
            <source>Printed after every payment</source>
            <translation>Printed after every payment</translation>
        </message>
        <message>
            <source>Printed when the customer asks</source>
            <translation>Printed when the customer asks</translation>
        </message>
        <message>
            <source>Changes waiting for the portal</source>
            <translation>Changes waiting for the portal</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Your change</translation>
        </message>
        <message>
            <source>On the portal now</source>
            <translation>On the portal now</translation>
        </message>
        <message>
            <source>Your change and the portal's version</source>
            <translation>Your change and the portal's version</translation>
        </message>
        <message>
            <source>&amp;Keep my change</source>
            <translation>&amp;Keep my change</translation>
        </message>
        <message>
            <source>Your change is sent to the portal again, on top of the portal's version.</source>
            <translation>Your change is sent to the portal again, on top of the portal's version.</translation>
        </message>
        <message>
            <source>&amp;Use the portal's version</source>
            <translation>&amp;Use the portal's version</translation>
        </message>
        <message>
            <source>Your change is dropped: this computer shows the portal's version.</source>
            <translation>Your change is dropped: this computer shows the portal's version.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Dismiss</translation>
        </message>
        <message>
            <source>Removes it from this list. The change stays undone.</source>
            <translation>Removes it from this list. The change stays undone.</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflict: choose a version</translation>
        </message>
        <message>
            <source>Refused by the portal</source>
            <translation>Refused by the portal</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Every change you made has reached the portal.</source>
            <translation>Every change you made has reached the portal.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent to the portal at the next sync. The portal decides: until then, Comptoir shows them as you made them.</source>
            <translation>
                <numerusform>%n change will be sent to the portal at the next sync. The portal decides: until then, Comptoir shows it as you made it.</numerusform>
                <numerusform>%n changes will be sent to the portal at the next sync. The portal decides: until then, Comptoir shows them as you made them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) need your attention. Select one to see what happened and what you can do; closing this window leaves everything as it is.</source>
            <translation>
                <numerusform>%n change needs your attention. Select it to see what happened and what you can do; closing this window leaves everything as it is.</numerusform>
                <numerusform>%n changes need your attention. Select one to see what happened and what you can do; closing this window leaves everything as it is.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is waiting.</source>
            <translation>Nothing is waiting.</translation>
        </message>
        <message>
            <source>Select a change to see it here.</source>
            <translation>Select a change to see it here.</translation>
        </message>
        <message>
            <source>Waiting for an earlier change of the same item, which needs your attention first. Comptoir sends this one after it.</source>
            <translation>Waiting for an earlier change of the same item, which needs your attention first. Comptoir sends this one after it.</translation>
        </message>
        <message>
            <source>Waiting to be sent. Comptoir sends it at the next sync; this computer already shows it.</source>
            <translation>Waiting to be sent. Comptoir sends it at the next sync; this computer already shows it.</translation>
        </message>
        <message>
            <source>The portal refused this change: %1

Comptoir has undone it on this computer, which shows the portal's version again.</source>
            <translation>The portal refused this change: %1

Comptoir has undone it on this computer, which shows the portal's version again.</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>it gave no reason.</translation>
        </message>
        <message>
            <source>Someone changed this on the portal after you made your change.</source>
            <translation>Someone changed this on the portal after you made your change.</translation>
        </message>
        <message>
            <source>Choose which version to keep.</source>
            <translation>Choose which version to keep.</translation>
        </message>
        <message>
            <source>(not on the portal)</source>
            <translation>(not on the portal)</translation>
        </message>
        <message>
            <source>The two versions differ here</source>
            <translation>The two versions differ here</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>centred</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>bold</translation>
        </message>
        <message>
            <source>double height</source>
            <translation>double height</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>%1 mm, small text</source>
            <translation>%1 mm, small text</translation>
        </message>
        <message>
            <source>%1 mm, normal text</source>
            <translation>%1 mm, normal text</translation>
        </message>
        <message>
            <source>Header (%1)</source>
            <translation>Header (%1)</translation>
        </message>
        <message>
            <source>Footer (%1)</source>
            <translation>Footer (%1)</translation>
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
            <translation>Kept</translation>
        </message>
        <message>
            <source>On the portal</source>
            <translation>On the portal</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>The day-close report is kept in this cache: it opens offline too.</source>
            <translation>The day-close report is kept in this cache: it opens offline too.</translation>
        </message>
        <message>
            <source>The report is downloaded from the portal the first time you open it, then kept.</source>
            <translation>The report is downloaded from the portal the first time you open it, then kept.</translation>
        </message>
        <message>
            <source>The period is still open: its report exists once the terminal closes the day.</source>
            <translation>The period is still open: its report exists once the terminal closes the day.</translation>
        </message>
        <message>
            <source>Net total of the period, as the portal counts it</source>
            <translation>Net total of the period, as the portal counts it</translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s) in the period</source>
            <translation>
                <numerusform>%n transaction in the period</numerusform>
                <numerusform>%n transactions in the period</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of transactions in the period</source>
            <translation>Number of transactions in the period</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>No.</source>
            <comment>period sequence number</comment>
            <translation>No.</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Count</source>
            <comment>number of transactions</comment>
            <translation>Count</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptLinesModel</name>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Centred</source>
            <translation>Centred</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>%1 characters: a line holds %2 here.</source>
            <translation>%1 characters: a line holds %2 here.</translation>
        </message>
        <message>
            <source>The terminals cannot print %1.</source>
            <translation>The terminals cannot print %1.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Characters on this line, and how many fit on the paper in this text size.</source>
            <translation>Characters on this line, and how many fit on the paper in this text size.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Alignment</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Double height</source>
            <translation>Double height</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptLocationModel</name>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Conflict: choose a version</source>
            <translation>Conflict: choose a version</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>Waiting for the portal</translation>
        </message>
        <message>
            <source>Verifone: set by CCV support</source>
            <translation>Verifone: set by CCV support</translation>
        </message>
        <message>
            <source>No active terminal</source>
            <translation>No active terminal</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPreview</name>
        <message>
            <source>S&amp;how:</source>
            <translation>S&amp;how:</translation>
        </message>
        <message>
            <source>Customer's receipt</source>
            <translation>Customer's receipt</translation>
        </message>
        <message>
            <source>Merchant's receipt</source>
            <translation>Merchant's receipt</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>At 100 % one printed dot is one pixel of the screen.</source>
            <translation>At 100 % one printed dot is one pixel of the screen.</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Receipt preview</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
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
            <translation>There are no locations in the cache yet. Sync with the portal first.</translation>
        </message>
        <message>
            <source>Your user groups on the portal do not include Receipts for any location. Ask your administrator.</source>
            <translation>Your user groups on the portal do not include Receipts for any location. Ask your administrator.</translation>
        </message>
        <message>
            <source>%1 characters per line.</source>
            <translation>%1 characters per line.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>The logo cannot be read</source>
            <translation>The logo cannot be read</translation>
        </message>
        <message>
            <source>Receipts start with the header lines.</source>
            <translation>Receipts start with the header lines.</translation>
        </message>
        <message>
            <source>%1 × %2 dots (%3 × %4 mm), %5 KiB.</source>
            <translation>%1 × %2 dots (%3 × %4 mm), %5 KiB.</translation>
        </message>
        <message>
            <source>The terminals at this location are Verifone terminals: CCV support changes their receipts. Call CCV support to change what they print. This is the layout the portal keeps for the location; it is shown, not used.</source>
            <translation>The terminals at this location are Verifone terminals: CCV support changes their receipts. Call CCV support to change what they print. This is the layout the portal keeps for the location; it is shown, not used.</translation>
        </message>
        <message>
            <source>No terminal is active at this location. A receipt layout is for the PAX terminals of a location; it can be changed once one is active there.</source>
            <translation>No terminal is active at this location. A receipt layout is for the PAX terminals of a location; it can be changed once one is active there.</translation>
        </message>
        <message>
            <source>This location's receipt is not in the cache yet. Sync with the portal (F5) to edit it.</source>
            <translation>This location's receipt is not in the cache yet. Sync with the portal (F5) to edit it.</translation>
        </message>
        <message>
            <source>Nobody is signed in: receipts are only shown. Sign in to change them.</source>
            <translation>Nobody is signed in: receipts are only shown. Sign in to change them.</translation>
        </message>
        <message>
            <source>Someone changed this receipt on the portal after your last change. Choose which version to keep; until then, new changes wait behind it.</source>
            <translation>Someone changed this receipt on the portal after your last change. Choose which version to keep; until then, new changes wait behind it.</translation>
        </message>
        <message>
            <source>The portal's version of this receipt changed while you were editing. Saving replaces it with yours; Revert shows the portal's.</source>
            <translation>The portal's version of this receipt changed while you were editing. Saving replaces it with yours; Revert shows the portal's.</translation>
        </message>
        <message>
            <source>Your last change is waiting to be sent to the portal: it goes with the next sync.</source>
            <translation>Your last change is waiting to be sent to the portal: it goes with the next sync.</translation>
        </message>
        <message>
            <source>This location also has Verifone terminals: they keep the receipt CCV support set up for them. This layout is for its PAX terminals.</source>
            <translation>This location also has Verifone terminals: they keep the receipt CCV support set up for them. This layout is for its PAX terminals.</translation>
        </message>
        <message>
            <source>The terminals can print this receipt as it is.</source>
            <translation>The terminals can print this receipt as it is.</translation>
        </message>
        <message>
            <source>Fix what is listed under “Before saving” first.</source>
            <translation>Fix what is listed under “Before saving” first.</translation>
        </message>
        <message>
            <source>Save this receipt first: what is saved is copied.</source>
            <translation>Save this receipt first: what is saved is copied.</translation>
        </message>
        <message>
            <source>Printed after every payment.</source>
            <translation>Printed after every payment.</translation>
        </message>
        <message>
            <source>Printed only when the customer asks for it after the payment.</source>
            <translation>Printed only when the customer asks for it after the payment.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The receipt of “%1” has changes that are not saved.</source>
            <translation>The receipt of “%1” has changes that are not saved.</translation>
        </message>
        <message>
            <source>Import a logo</source>
            <translation>Import a logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)</translation>
        </message>
        <message>
            <source>This file cannot be a logo</source>
            <translation>This file cannot be a logo</translation>
        </message>
        <message>
            <source>The receipt cannot be saved yet</source>
            <translation>The receipt cannot be saved yet</translation>
        </message>
        <message>
            <source>The terminals could not print it:
%1</source>
            <translation>The terminals could not print it:
%1</translation>
        </message>
        <message>
            <source>The receipt cannot be saved</source>
            <translation>The receipt cannot be saved</translation>
        </message>
        <message>
            <source>Saved. The change is sent to the portal with the next sync.</source>
            <translation>Saved. The change is sent to the portal with the next sync.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>The receipt was not copied</source>
            <translation>The receipt was not copied</translation>
        </message>
        <message>
            <source>Nothing was copied. %1</source>
            <translation>Nothing was copied. %1</translation>
        </message>
        <message numerus="yes">
            <source>Copied to %n location(s). The changes are sent to the portal with the next sync.</source>
            <translation>
                <numerusform>Copied to %n location. The changes are sent to the portal with the next sync.</numerusform>
                <numerusform>Copied to %n locations. The changes are sent to the portal with the next sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>What the PAX terminals of each location print: a logo at the top, your texts above and under the payment, in the language of the receipt. The preview shows it dot for dot.</source>
            <translation>What the PAX terminals of each location print: a logo at the top, your texts above and under the payment, in the language of the receipt. The preview shows it dot for dot.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>58 mm (384 dots)</source>
            <translation>58 mm (384 dots)</translation>
        </message>
        <message>
            <source>80 mm (576 dots)</source>
            <translation>80 mm (576 dots)</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Small</translation>
        </message>
        <message>
            <source>The paper in the terminals' printer: most PAX terminals take 58 mm rolls.</source>
            <translation>The paper in the terminals' printer: most PAX terminals take 58 mm rolls.</translation>
        </message>
        <message>
            <source>Print the &amp;customer receipt by default</source>
            <translation>Print the &amp;customer receipt by default</translation>
        </message>
        <message>
            <source>When this is off, the terminal prints only the merchant's receipt; the customer can still get a receipt after the payment.</source>
            <translation>When this is off, the terminal prints only the merchant's receipt; the customer can still get a receipt after the payment.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>A PNG, JPEG, BMP or SVG image. It is made black and white for the printer.</source>
            <translation>A PNG, JPEG, BMP or SVG image. It is made black and white for the printer.</translation>
        </message>
        <message>
            <source>&amp;Adjust…</source>
            <translation>&amp;Adjust…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Texts</translation>
        </message>
        <message>
            <source>&amp;Header: under the logo, above the payment</source>
            <translation>&amp;Header: under the logo, above the payment</translation>
        </message>
        <message>
            <source>&amp;Footer: under the payment, on the customer's receipt (return conditions, offers)</source>
            <translation>&amp;Footer: under the payment, on the customer's receipt (return conditions, offers)</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Before saving</source>
            <translation>Before saving</translation>
        </message>
        <message>
            <source>What the terminals could not print</source>
            <translation>What the terminals could not print</translation>
        </message>
        <message>
            <source>Replace with printable characters</source>
            <translation>Replace with printable characters</translation>
        </message>
        <message>
            <source>Puts lookalikes the terminals print in place of the characters they cannot: a normal no-break space for a narrow one, c for č, - for other dashes.</source>
            <translation>Puts lookalikes the terminals print in place of the characters they cannot: a normal no-break space for a narrow one, c for č, - for other dashes.</translation>
        </message>
        <message>
            <source>C&amp;opy to other locations…</source>
            <translation>C&amp;opy to other locations…</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Show both versions…</source>
            <translation>Show both versions…</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SettingsPage</name>
        <message>
            <source>Same as the system</source>
            <translation>Same as the system</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Same as the system (%1)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Only when I ask (Sync now)</source>
            <translation>Only when I ask (Sync now)</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Every %n minute</numerusform>
                <numerusform>Every %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on the demo portal inside Comptoir</source>
            <translation>%1 on the demo portal inside Comptoir</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <source>No portal account: this cache is shown as it is.</source>
            <translation>No portal account: this cache is shown as it is.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SignInDialog</name>
        <message>
            <source>Sign in to the portal</source>
            <translation>Sign in to the portal</translation>
        </message>
        <message>
            <source>Sign in to your portal account</source>
            <translation>Sign in to your portal account</translation>
        </message>
        <message>
            <source>Comptoir keeps a copy of your payments on this computer and brings it up to date from the portal. Use the e-mail address and password you sign in to the portal with.</source>
            <translation>Comptoir keeps a copy of your payments on this computer and brings it up to date from the portal. Use the e-mail address and password you sign in to the portal with.</translation>
        </message>
        <message>
            <source>The portal's address, as in your browser's address bar</source>
            <translation>The portal's address, as in your browser's address bar</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>The six-digit code your authenticator app shows for this account</source>
            <translation>The six-digit code your authenticator app shows for this account</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Remember me on this computer</translation>
        </message>
        <message>
            <source>Keeps the sign-in in the computer's keychain, so that Comptoir does not ask for the password again until the sign-in expires.</source>
            <translation>Keeps the sign-in in the computer's keychain, so that Comptoir does not ask for the password again until the sign-in expires.</translation>
        </message>
        <message>
            <source>Also remember my &amp;password</source>
            <translation>Also remember my &amp;password</translation>
        </message>
        <message>
            <source>Keeps the password in the computer's keychain as well, so that Comptoir can sign in again by itself when the sign-in expires. Not for accounts with two-step verification: those need a code each time.</source>
            <translation>Keeps the password in the computer's keychain as well, so that Comptoir can sign in again by itself when the sign-in expires. Not for accounts with two-step verification: those need a code each time.</translation>
        </message>
        <message>
            <source>Portal &amp;address:</source>
            <translation>Portal &amp;address:</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-mail address:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Two-step &amp;code:</source>
            <translation>Two-step &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Enter the portal's address, for example https://portal.example.com.</source>
            <translation>Enter the portal's address, for example https://portal.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a portal address. Enter it as your browser shows it, for example https://portal.example.com.</source>
            <translation>“%1” is not a portal address. Enter it as your browser shows it, for example https://portal.example.com.</translation>
        </message>
        <message>
            <source>Enter the e-mail address you sign in to the portal with.</source>
            <translation>Enter the e-mail address you sign in to the portal with.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address. It looks like name@example.com.</source>
            <translation>“%1” is not an e-mail address. It looks like name@example.com.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Enter the six-digit code from your authenticator app.</source>
            <translation>Enter the six-digit code from your authenticator app.</translation>
        </message>
        <message>
            <source>The two-step code has six digits: enter it as your authenticator app shows it.</source>
            <translation>The two-step code has six digits: enter it as your authenticator app shows it.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Signing in to %1…</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>You are signed in and can carry on; Comptoir will ask for the password again next time.</source>
            <translation>You are signed in and can carry on; Comptoir will ask for the password again next time.</translation>
        </message>
        <message>
            <source>This account uses two-step verification. Enter the six-digit code from your authenticator app, then sign in.</source>
            <translation>This account uses two-step verification. Enter the six-digit code from your authenticator app, then sign in.</translation>
        </message>
        <message>
            <source>Check both and try again: seven wrong attempts in a row block the account for 15 minutes.</source>
            <translation>Check both and try again: seven wrong attempts in a row block the account for 15 minutes.</translation>
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
            <translation>Gross sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Successful sales</source>
            <translation>Successful sales</translation>
        </message>
        <message>
            <source>Successful refunds</source>
            <translation>Successful refunds</translation>
        </message>
        <message>
            <source>Gross sales minus refunds</source>
            <translation>Gross sales minus refunds</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them successful</source>
            <translation>
                <numerusform>%Ln of them successful</numerusform>
                <numerusform>%Ln of them successful</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::TransactionDetailPane</name>
        <message>
            <source>Set status…</source>
            <translation>Set status…</translation>
        </message>
        <message>
            <source>Resolve a transaction that waits for a manual intervention: successful or failed.</source>
            <translation>Resolve a transaction that waits for a manual intervention: successful or failed.</translation>
        </message>
        <message>
            <source>Show day close</source>
            <translation>Show day close</translation>
        </message>
        <message>
            <source>Open the day-close report of the period this transaction belongs to</source>
            <translation>Open the day-close report of the period this transaction belongs to</translation>
        </message>
        <message>
            <source>No transaction selected</source>
            <translation>No transaction selected</translation>
        </message>
        <message>
            <source>Select a transaction to see all its details, its day close and its history.</source>
            <translation>Select a transaction to see all its details, its day close and its history.</translation>
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
            <translation>Status set</translation>
        </message>
        <message>
            <source>by hand, by %1 on %2</source>
            <translation>by hand, by %1 on %2</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>automatically</translation>
        </message>
        <message>
            <source>The link between the till and the terminal broke during this payment. It joins the turnover once you choose its status.</source>
            <translation>The link between the till and the terminal broke during this payment. It joins the turnover once you choose its status.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>Business day</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processor</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Authorisation code</source>
            <translation>Authorisation code</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>%1 (%2, serial number %3)</source>
            <comment>terminal name (model, serial)</comment>
            <translation>%1 (%2, serial number %3)</translation>
        </message>
        <message>
            <source>opened %1, closed %2</source>
            <translation>opened %1, closed %2</translation>
        </message>
        <message>
            <source>opened %1, still open</source>
            <translation>opened %1, still open</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Day close</translation>
        </message>
        <message>
            <source>Period %1</source>
            <translation>Period %1</translation>
        </message>
        <message>
            <source>Period %1 (not in the cache yet)</source>
            <translation>Period %1 (not in the cache yet)</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Transaction id</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Waiting for the portal</source>
            <translation>Waiting for the portal</translation>
        </message>
        <message>
            <source>%1 — changed on the portal in the meantime: choose which to keep (Portal ▸ Changes waiting for the portal)</source>
            <translation>%1 — changed on the portal in the meantime: choose which to keep (Portal ▸ Changes waiting for the portal)</translation>
        </message>
        <message>
            <source>%1 — refused by the portal: %2</source>
            <translation>%1 — refused by the portal: %2</translation>
        </message>
        <message>
            <source>History in Comptoir</source>
            <translation>History in Comptoir</translation>
        </message>
        <message>
            <source>No changes were made to this transaction in Comptoir.</source>
            <translation>No changes were made to this transaction in Comptoir.</translation>
        </message>
        <message>
            <source>set the status from “%1” to “%2”</source>
            <translation>set the status from “%1” to “%2”</translation>
        </message>
        <message>
            <source>the portal refused the change; the status is “%1” again</source>
            <translation>the portal refused the change; the status is “%1” again</translation>
        </message>
        <message>
            <source>kept their status “%1” over the portal's</source>
            <translation>kept their status “%1” over the portal's</translation>
        </message>
        <message>
            <source>took the portal's status “%1”</source>
            <translation>took the portal's status “%1”</translation>
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
            <translation>Status set by hand by %1 on %2</translation>
        </message>
        <message>
            <source>Processed by %1</source>
            <translation>Processed by %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
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
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Day close</source>
            <translation>Day close</translation>
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
            <translation>No transactions match these filters.</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Set status…</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>The terminal lost contact with the till during this payment of %1 on %2 (reference %3). Check your bank statement or the till's records, then say how it ended.

The status is recorded with your name and sent to the portal; it shows the orange hand from then on.</source>
            <translation>The terminal lost contact with the till during this payment of %1 on %2 (reference %3). Check your bank statement or the till's records, then say how it ended.

The status is recorded with your name and sent to the portal; it shows the orange hand from then on.</translation>
        </message>
        <message>
            <source>The payment succeeded</source>
            <translation>The payment succeeded</translation>
        </message>
        <message>
            <source>The payment failed</source>
            <translation>The payment failed</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Copy rows</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet</source>
            <translation>Copy the selected rows for a spreadsheet</translation>
        </message>
        <message>
            <source>Show &amp;day close</source>
            <translation>Show &amp;day close</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show every field of the selected transaction, its day close and its history (Ctrl+I)</source>
            <translation>Show every field of the selected transaction, its day close and its history (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::ChartCard</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save this chart as an image or a PDF</source>
            <translation>Save this chart as an image or a PDF</translation>
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation>Export as PNG…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Export as PDF…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Export as PNG</translation>
        </message>
        <message>
            <source>“%1” saved as %2.</source>
            <translation>“%1” saved as %2.</translation>
        </message>
        <message>
            <source>The chart could not be saved as %1: %2</source>
            <translation>The chart could not be saved as %1: %2</translation>
        </message>
        <message>
            <source>the image could not be written</source>
            <translation>the image could not be written</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dashboard::KpiTile</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>vs yesterday</source>
            <translation>vs yesterday</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>vs last week</source>
            <translation>vs last week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>vs last month</source>
            <translation>vs last month</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>vs last year</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Average ticket</translation>
        </message>
        <message>
            <source>Click to show the successful transactions of this period</source>
            <translation>Click to show the successful transactions of this period</translation>
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
            <translation>no sales</translation>
        </message>
        <message>
            <source>Net turnover of the successful transactions, %1: sales %2, refunds %3</source>
            <translation>Net turnover of the successful transactions, %1: sales %2, refunds %3</translation>
        </message>
        <message>
            <source>Successful transactions (sales and refunds), %1</source>
            <translation>Successful transactions (sales and refunds), %1</translation>
        </message>
        <message>
            <source>Gross sales divided by the number of sales, %1</source>
            <translation>Gross sales divided by the number of sales, %1</translation>
        </message>
        <message>
            <source>%1 until %2:59</source>
            <translation>%1 until %2:59</translation>
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
            <translation>Back-office for merchants with CCV payment terminals.</translation>
        </message>
        <message>
            <source>Open the cache file &lt;file&gt;.</source>
            <translation>Open the cache file &lt;file&gt;.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>Save a picture of each page into &lt;dir&gt;, then quit.</source>
            <translation>Save a picture of each page into &lt;dir&gt;, then quit.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <source>Start the demo portal inside Comptoir and open its data.</source>
            <translation>Start the demo portal inside Comptoir and open its data.</translation>
        </message>
        <message>
            <source>Show Comptoir in &lt;language&gt; (nl, fr or en) this time, whatever Settings says.</source>
            <translation>Show Comptoir in &lt;language&gt; (nl, fr or en) this time, whatever Settings says.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>Unknown language “%1”: use nl, fr or en.</source>
            <translation>Unknown language “%1”: use nl, fr or en.</translation>
        </message>
    </context>
</TS>
