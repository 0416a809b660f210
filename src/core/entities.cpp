#include "entities.h"

namespace comptoir {

bool Terminal::isPax() const
{
    // The Android terminals CCV sells are PAX devices (Duo Base A80, Smart A80,
    // Compact A77, Mobile A920); older devices are Verifone.
    return !model.contains(QLatin1String("Verifone"), Qt::CaseInsensitive);
}

bool ReceiptLayout::sameContent(const ReceiptLayout& o) const
{
    ReceiptLayout a = *this;
    a.etag = o.etag;
    return a == o;
}

} // namespace comptoir
