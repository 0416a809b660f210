<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  demo-cache    write a cache with demo data

Run comptoir-cli COMMAND --help for the options of a command.</source>
        <translation>Comptoir on the command line.

Commands:
  audit-check   check the audit log of a cache
  demo-cache    write a cache with demo data

Run comptoir-cli COMMAND --help for the options of a command.</translation>
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
</context>
<context>
    <name>comptoir::DemoSession</name>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>The demo data could not be prepared: %1</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Preparing demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</source>
        <translation>The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing demo data…
%Ln transactions written</source>
        <translation>
            <numerusform>Preparing demo data…
%Ln transaction written</numerusform>
            <numerusform>Preparing demo data…
%Ln transactions written</numerusform>
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
        <translation>Overview</translation>
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
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Generated demo data, kept in %1</source>
        <translation>Generated demo data, kept in %1</translation>
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
</context>
<context>
    <name>comptoir::OverviewPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>No transactions</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days, %1 to %2:</source>
        <translation>
            <numerusform>Last %n day, %1 to %2:</numerusform>
            <numerusform>Last %n days, %1 to %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transactions, %1 turnover.</source>
        <translation>
            <numerusform>%Ln transaction, %1 turnover.</numerusform>
            <numerusform>%Ln transactions, %1 turnover.</numerusform>
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
</context>
<context>
    <name>comptoir::TransactionsPage</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
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
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>No transactions match these filters.</translation>
    </message>
    <message>
        <source>Days to show</source>
        <translation>Days to show</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back-office for merchants with CCV payment terminals.</source>
        <translation>Back-office for merchants with CCV payment terminals.</translation>
    </message>
    <message>
        <source>Open generated demo data.</source>
        <translation>Open generated demo data.</translation>
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
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>There is no cache file at %1.</source>
        <translation>There is no cache file at %1.</translation>
    </message>
    <message>
        <source>Comptoir opens the demo data instead.</source>
        <translation>Comptoir opens the demo data instead.</translation>
    </message>
</context>
</TS>
