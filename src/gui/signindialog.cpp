#include "signindialog.h"

#include "gui/icons.h"
#include "portal/credentialstore.h"
#include "portal/portalclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <chrono>

namespace comptoir {

namespace {

using namespace std::chrono_literals;

// Long enough for a slow connection, short enough that nobody stares at a wait cursor for
// minutes: the portal answers a sign-in in well under a second.
constexpr auto kSignInTimeout = 20s;

const QString kApiPath = QStringLiteral("/api/v1");

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(text).hasMatch();
}

// The six digits of a two-step code, as the app shows them ("123 456") or pasted.
QString digitsOf(const QString& code)
{
    QString out = code;
    out.remove(QRegularExpression(QStringLiteral(R"(\s)")));
    return out;
}

bool isTwoStepCode(const QString& digits)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6}$"));
    return pattern.match(digits).hasMatch();
}

// Restores the cursor however the sign-in ends.
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

std::optional<QString> SignInDialog::normalizedPortalUrl(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    // The portal's own address, not its API's: PortalClient adds "/api/v1".
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(kApiPath, Qt::CaseInsensitive))
        path.chop(kApiPath.size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

SignInDialog::SignInDialog(CredentialStore& keychain, QWidget* parent)
    : QDialog(parent)
    , m_keychain(keychain)
{
    setWindowTitle(tr("Sign in to the portal"));
    setWindowIcon(applicationIcon());

    // Heading: what this is for.
    auto* logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(tr("Sign in to your portal account"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Comptoir keeps a copy of your payments on this computer and brings it up to date "
                                "from the portal. Use the e-mail address and password you sign in to the portal with."),
        this);
    intro->setWordWrap(true);
    auto* headingText = new QVBoxLayout;
    headingText->setSpacing(4);
    headingText->addWidget(heading);
    headingText->addWidget(intro);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(headingText, 1);

    // The form.
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://portal.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_url->setToolTip(tr("The portal's address, as in your browser's address bar"));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_totp = new QLineEdit(this);
    m_totp->setObjectName(QStringLiteral("totpCode"));
    m_totp->setPlaceholderText(QStringLiteral("123 456"));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral(R"([0-9 ]{0,8})")), m_totp));
    m_totp->setMaximumWidth(m_totp->fontMetrics().horizontalAdvance(QStringLiteral("0000 0000")) + 24);
    m_totp->setToolTip(tr("The six-digit code your authenticator app shows for this account"));

    m_rememberMe = new QCheckBox(tr("&Remember me on this computer"), this);
    m_rememberMe->setObjectName(QStringLiteral("rememberMe"));
    m_rememberMe->setToolTip(tr("Keeps the sign-in in the computer's keychain, so that Comptoir does not ask for the "
                                "password again until the sign-in expires."));
    m_rememberPassword = new QCheckBox(tr("Also remember my &password"), this);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_rememberPassword->setToolTip(
        tr("Keeps the password in the computer's keychain as well, so that Comptoir can sign "
           "in again by itself when the sign-in expires. Not for accounts with two-step "
           "verification: those need a code each time."));
    connect(m_rememberMe, &QCheckBox::toggled, this, &SignInDialog::updateRememberPassword);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Portal &address:"), m_url);
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    m_totpLabel = new QLabel(tr("Two-step &code:"), this);
    m_totpLabel->setBuddy(m_totp);
    form->addRow(m_totpLabel, m_totp);
    auto* remember = new QVBoxLayout;
    remember->setSpacing(2);
    remember->addWidget(m_rememberMe);
    auto* rememberPassword = new QHBoxLayout;
    rememberPassword->addSpacing(
        style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    rememberPassword->addWidget(m_rememberPassword, 1);
    remember->addLayout(rememberPassword);
    form->addRow(QString(), remember);

    // The message area: hidden until there is something to say.
    m_messageBox = new QWidget(this);
    m_messageBox->setObjectName(QStringLiteral("messageArea"));
    m_messageBox->setAttribute(Qt::WA_StyledBackground);
    m_messageIcon = new QLabel(m_messageBox);
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messageLayout = new QHBoxLayout(m_messageBox);
    messageLayout->setContentsMargins(8, 6, 8, 6);
    messageLayout->setSpacing(8);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageBox->hide();

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signIn"));
    m_signInButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    // Where the platform puts icons on dialog buttons, "Sign in" gets one like "Cancel".
    if (style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons, nullptr, this))
        m_signInButton->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton, nullptr, this));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_messageBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // A code asked for one account is no use for another.
    for (QLineEdit* edit : { m_url, m_email })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_totp->isVisible()) {
                showTotpField(false);
                clearMessage();
            }
        });

    setTabOrder(m_url, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_totp);
    setTabOrder(m_totp, m_rememberMe);
    setTabOrder(m_rememberMe, m_rememberPassword);
    setTabOrder(m_rememberPassword, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);

    showTotpField(false);
    updateRememberPassword();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
    m_url->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setAccount(const CacheIdentity& account)
{
    m_url->setText(account.portalUrl);
    m_email->setText(account.accountEmail);
    m_password->clear();
    showTotpField(false);
    m_password->setFocus();
}

void SignInDialog::setMessage(const QString& message)
{
    if (message.isEmpty())
        clearMessage();
    else
        showMessage(message, Tone::Information);
}

AccountSession::Remember SignInDialog::remember() const
{
    if (!m_rememberMe->isChecked())
        return AccountSession::Remember::None;
    return m_rememberPassword->isChecked() ? AccountSession::Remember::TokenAndPassword
                                           : AccountSession::Remember::Token;
}

void SignInDialog::updateRememberPassword()
{
    m_rememberPassword->setEnabled(m_rememberMe->isChecked() && !m_busy && !m_signedIn);
    if (!m_rememberMe->isChecked())
        m_rememberPassword->setChecked(false);
}

void SignInDialog::showTotpField(bool show)
{
    m_totpLabel->setVisible(show);
    m_totp->setVisible(show);
    if (!show)
        m_totp->clear();
    fitContents();
}

void SignInDialog::fitContents()
{
    // Word-wrapped messages need more height at the same width, which a top-level layout does
    // not ask for by itself: grow (never shrink) so that nothing is cut off.
    // Before the dialog is shown, showing it sizes it (adjustSize() knows about word wrap).
    QLayout* l = layout();
    if (!l || !isVisible())
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::showMessage(const QString& text, Tone tone)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    // Tints that read on light and dark palettes alike.
    QString tint = QStringLiteral("40, 120, 220");
    switch (tone) {
    case Tone::Information:
        break;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QStringLiteral("230, 150, 0");
        break;
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QStringLiteral("220, 50, 50");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_messageBox->setStyleSheet(
        QStringLiteral("#messageArea { background: rgba(%1, 0.12); border: 1px solid rgba(%1, 0.55);"
                       " border-radius: 4px; }")
            .arg(tint));
    m_message->setText(text);
    m_messageBox->setProperty("tone", static_cast<int>(tone));
    m_messageBox->show();
    fitContents();
}

void SignInDialog::clearMessage()
{
    m_message->clear();
    m_messageBox->hide();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    const bool editable = !busy && !m_signedIn;
    for (QWidget* w : std::initializer_list<QWidget*> { m_url, m_email, m_password, m_totp, m_rememberMe })
        w->setEnabled(editable);
    updateRememberPassword();
    m_signInButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    if (m_signedIn) {
        finishSignIn();
        return;
    }

    // What can be checked here is checked before any network traffic.
    const QString urlText = m_url->text().trimmed();
    const std::optional<QString> url = normalizedPortalUrl(urlText);
    if (!url) {
        showMessage(urlText.isEmpty()
                ? tr("Enter the portal's address, for example https://portal.example.com.")
                : tr("“%1” is not a portal address. Enter it as your browser shows it, for example "
                     "https://portal.example.com.")
                      .arg(urlText),
            Tone::Error);
        m_url->setFocus();
        m_url->selectAll();
        return;
    }
    const QString email = m_email->text().trimmed();
    if (!looksLikeEmail(email)) {
        showMessage(email.isEmpty() ? tr("Enter the e-mail address you sign in to the portal with.")
                                    : tr("“%1” is not an e-mail address. It looks like name@example.com.").arg(email),
            Tone::Error);
        m_email->setFocus();
        m_email->selectAll();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Enter your password."), Tone::Error);
        m_password->setFocus();
        return;
    }
    QString code;
    if (m_totp->isVisibleTo(this)) {
        code = digitsOf(m_totp->text());
        if (!isTwoStepCode(code)) {
            showMessage(code.isEmpty()
                    ? tr("Enter the six-digit code from your authenticator app.")
                    : tr("The two-step code has six digits: enter it as your authenticator app shows it."),
                Tone::Error);
            m_totp->setFocus();
            m_totp->selectAll();
            return;
        }
    }

    const CacheIdentity account { *url, email };
    PortalClient client { QUrl(*url) };
    client.setTimeout(kSignInTimeout);
    AccountSession session(client, m_keychain, account);
    AccountSession::Result result;
    QJsonObject user;
    {
        setBusy(true);
        showMessage(tr("Signing in to %1…").arg(QUrl(*url).host()), Tone::Information);
        const WaitCursor wait;
        // Blocks, but spins a local event loop: the dialog repaints; its form is disabled.
        result = session.signIn(m_password->text(), code, remember());
        if (result.ok()) {
            // Who signed in, for the window's status bar. Not worth failing the sign-in for.
            const PortalClient::Response me = client.get(QStringLiteral("/me"));
            if (me.ok())
                user = me.json.value(QLatin1String("user")).toObject();
        }
        setBusy(false);
    }

    if (result.ok()) {
        m_account = account;
        m_token = client.token();
        m_expiresAt = session.expiresAt();
        m_user = user;
        m_password->clear();
        if (result.warning.isEmpty()) {
            finishSignIn();
            return;
        }
        // Signed in, but the keychain could not keep it: say so, and keep the sign-in.
        m_signedIn = true;
        setBusy(false);
        m_url->setText(*url);
        m_signInButton->setText(tr("&Continue"));
        m_cancelButton->hide();
        showMessage(result.warning + QLatin1Char('\n')
                + tr("You are signed in and can carry on; Comptoir will ask for the password again next time."),
            Tone::Warning);
        m_signInButton->setFocus();
        return;
    }

    const PortalError& error = result.portal;
    const bool portalSaidNo = result.failure == AccountSession::Result::Failure::Portal;
    if (portalSaidNo && error.code == QLatin1String("totp_required")) {
        showTotpField(true);
        showMessage(tr("This account uses two-step verification. Enter the six-digit code from your "
                       "authenticator app, then sign in."),
            Tone::Information);
        m_totp->setFocus();
        return;
    }
    if (portalSaidNo && error.code == QLatin1String("totp_invalid")) {
        showTotpField(true);
        showMessage(result.message, Tone::Error);
        m_totp->setFocus();
        return;
    }
    if (portalSaidNo && error.code == QLatin1String("invalid_credentials")) {
        showMessage(result.message + QLatin1Char(' ')
                + tr("Check both and try again: seven wrong attempts in a row block the account for 15 minutes."),
            Tone::Error);
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    showMessage(result.message, Tone::Error);
    if (portalSaidNo && (error.kind == PortalError::Kind::Unreachable || error.kind == PortalError::Kind::Tls))
        m_url->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::finishSignIn()
{
    m_signedIn = true;
    accept();
}

void SignInDialog::reject()
{
    if (m_busy)
        return; // the portal is being asked: the form is disabled until it answers
    if (m_signedIn) {
        finishSignIn(); // signed in already (the keychain's warning shown): never lose that
        return;
    }
    QDialog::reject();
}

void SignInDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace comptoir
