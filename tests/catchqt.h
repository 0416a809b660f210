#pragma once

// Catch2 prints Qt strings as text in failure messages, not as "{?}".
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return "[" + l.join(QStringLiteral(", ")).toStdString() + "]"; }
};
} // namespace Catch
