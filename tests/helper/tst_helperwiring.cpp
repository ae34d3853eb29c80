// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's names must agree everywhere they are written: helperids.h and the verb table in C++, the
// generated polkit policy, the bus policy, the activation file, the systemd unit, the interface XML and the
// helper's own slots. A mismatch compiles fine and only fails on a user's machine as "access denied" or "no
// such action", so it is checked here.
#include "helperids.h"
#include "helperservice.h"
#include "privatesystembus.h"
#include "verbs.h"

#include <QDBusMetaType>
#include <QDBusUnixFileDescriptor>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace kaleido;
using namespace kaleido::privileged;

namespace {

QByteArray readAll(const char* path)
{
    QFile file(QString::fromUtf8(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// "key=value" lines of a .service / unit file.
QMap<QString, QString> keyValues(const QByteArray& text)
{
    QMap<QString, QString> values;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq <= 0)
            continue;
        values.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                      QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

struct PolicyAction
{
    QMap<QString, QString> description; ///< language ("" for English) → text
    QMap<QString, QString> message;
    QMap<QString, QString> defaults;
};

QString attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1StringView(name)).toString();
}

} // namespace

class TestHelperWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qDBusRegisterMetaType<QMap<QString, QString>>(); }

    void policyHasOneActionPerVerb()
    {
        const QByteArray policy = readAll(KALEIDO_HELPER_POLICY);
        QVERIFY2(!policy.isEmpty(), KALEIDO_HELPER_POLICY);
        QXmlStreamReader xml(policy);
        QMap<QString, PolicyAction> actions;
        QString current;
        QString vendor;
        QString icon;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == u"action") {
                current = attribute(xml, "id");
                QVERIFY2(!actions.contains(current), qPrintable(current));
                actions[current];
            } else if (name == u"description" || name == u"message") {
                const QString lang = xml.attributes().value(QStringLiteral("xml:lang")).toString();
                auto& texts =
                    name == u"description" ? actions[current].description : actions[current].message;
                texts.insert(lang, xml.readElementText());
            } else if (name == u"allow_any" || name == u"allow_inactive" || name == u"allow_active") {
                actions[current].defaults.insert(name, xml.readElementText());
            } else if (name == u"vendor") {
                vendor = xml.readElementText();
            } else if (name == u"icon_name" && current.isEmpty()) {
                icon = xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(vendor, QStringLiteral("Kaleido"));
        QCOMPARE(icon, QStringLiteral("org.kaleido.Kaleido"));

        QCOMPARE(actions.size(), qsizetype(verbTable().size()));
        for (const VerbInfo& verb : verbTable()) {
            QVERIFY2(verb.actionId().startsWith(QLatin1StringView(ids::actionPrefix)), verb.method);
            QVERIFY2(actions.contains(verb.actionId()), qPrintable(verb.actionId()));
            const PolicyAction& action = actions[verb.actionId()];
            QCOMPARE(action.description.value(QString()), QString::fromUtf8(verb.description));
            QCOMPARE(action.message.value(QString()), QString::fromUtf8(verb.message));
            // We ship German: every action's texts are translated.
            QVERIFY2(!action.description.value(QStringLiteral("de")).isEmpty(), verb.method);
            QVERIFY2(!action.message.value(QStringLiteral("de")).isEmpty(), verb.method);
            QVERIFY(action.description.value(QStringLiteral("de")) != action.description.value(QString()));
            QCOMPARE(action.defaults.value(QStringLiteral("allow_any")),
                     QLatin1StringView(implicitName(verb.allowAny)));
            QCOMPARE(action.defaults.value(QStringLiteral("allow_inactive")),
                     QLatin1StringView(implicitName(verb.allowInactive)));
            QCOMPARE(action.defaults.value(QStringLiteral("allow_active")),
                     QLatin1StringView(implicitName(verb.allowActive)));
        }
    }

    void policyValidatesAgainstPolkitDtd()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        const QString dtd = QStringLiteral("/usr/share/polkit-1/policyconfig-1.dtd");
        if (xmllint.isEmpty() || !QFile::exists(dtd))
            QSKIP("xmllint (libxml2-utils) or polkit's policyconfig-1.dtd (polkitd) is not installed");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), dtd,
                              QStringLiteral(KALEIDO_HELPER_POLICY)});
        QVERIFY(check.waitForFinished(60'000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    void busPolicyOpensOnlyOurInterface()
    {
        QXmlStreamReader xml(readAll(KALEIDO_HELPER_BUS_POLICY));
        QString context;
        QString user;
        QStringList owners;
        QStringList sends;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"policy") {
                context = attribute(xml, "context");
                user = attribute(xml, "user");
            } else if (xml.name() == u"allow" || xml.name() == u"deny") {
                QVERIFY2(xml.name() == u"allow", "no deny rules expected");
                if (xml.attributes().hasAttribute(QStringLiteral("own"))) {
                    QCOMPARE(user, QStringLiteral("root"));
                    owners.append(attribute(xml, "own"));
                } else {
                    QCOMPARE(context, QStringLiteral("default"));
                    QCOMPARE(attribute(xml, "send_destination"), QLatin1StringView(ids::service));
                    sends.append(attribute(xml, "send_interface"));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(owners, QStringList{QLatin1StringView(ids::service)});
        QStringList expected{QLatin1StringView(ids::interface),
                             QStringLiteral("org.freedesktop.DBus.Introspectable")};
        expected.sort();
        sends.sort();
        QCOMPARE(sends, expected);
    }

    void busPolicyIsAcceptedByDbusDaemon()
    {
        if (test::PrivateSystemBus::daemonPath().isEmpty())
            QSKIP("dbus-daemon is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::PrivateSystemBus bus(dir.path());
        QString error;
        QVERIFY2(
            bus.start(QStringLiteral("<include>%1</include>").arg(QStringLiteral(KALEIDO_HELPER_BUS_POLICY)),
                      &error),
            qPrintable(error));
        QVERIFY(bus.address().startsWith(QStringLiteral("unix:")));
    }

    void activationFileStartsTheInstalledHelper()
    {
        const QByteArray text = readAll(KALEIDO_HELPER_ACTIVATION);
        QVERIFY(text.startsWith("#") || text.contains("[D-BUS Service]"));
        const QMap<QString, QString> values = keyValues(text);
        QCOMPARE(values.value(QStringLiteral("Name")), QLatin1StringView(ids::service));
        QCOMPARE(values.value(QStringLiteral("Exec")), QStringLiteral(KALEIDO_HELPER_INSTALLED_PATH));
        QCOMPARE(values.value(QStringLiteral("User")), QStringLiteral("root"));
        QCOMPARE(values.value(QStringLiteral("SystemdService")), QStringLiteral("kaleido-helper.service"));
        // dbus-daemon-launch-helper insists that the file is named after the bus name.
        QCOMPARE(QFileInfo(QStringLiteral(KALEIDO_HELPER_ACTIVATION)).fileName(),
                 QLatin1StringView(ids::service) + QStringLiteral(".service"));

        const QMap<QString, QString> unit = keyValues(readAll(KALEIDO_HELPER_UNIT));
        QCOMPARE(unit.value(QStringLiteral("Type")), QStringLiteral("dbus"));
        QCOMPARE(unit.value(QStringLiteral("BusName")), QLatin1StringView(ids::service));
        QCOMPARE(unit.value(QStringLiteral("ExecStart")), QStringLiteral(KALEIDO_HELPER_INSTALLED_PATH));
        const QStringList caps = unit.value(QStringLiteral("CapabilityBoundingSet")).split(QLatin1Char(' '));
        QVERIFY(caps.contains(QStringLiteral("CAP_SYS_MODULE")));
        QVERIFY(!unit.contains(QStringLiteral("ProtectKernelModules")));
        QVERIFY(!unit.contains(QStringLiteral("ProtectKernelTunables")));
    }

    void interfaceXmlMatchesVerbTable()
    {
        QXmlStreamReader xml(readAll(KALEIDO_HELPER_INTERFACE));
        QString interface;
        QString method;
        QMap<QString, QPair<QString, QString>> methods; // name → (in, out)
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"method") {
                method.clear();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"interface") {
                interface = attribute(xml, "name");
            } else if (xml.name() == u"method") {
                method = attribute(xml, "name");
                QVERIFY2(!methods.contains(method), qPrintable(method));
                methods[method];
            } else if (xml.name() == u"arg" && !method.isEmpty()) {
                auto& signatures = methods[method];
                (attribute(xml, "direction") == u"out" ? signatures.second : signatures.first) +=
                    attribute(xml, "type");
            } else if (xml.name() == u"signal" || xml.name() == u"property") {
                QFAIL("the helper has no signals or properties");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(interface, QLatin1StringView(ids::interface));
        QCOMPARE(methods.size(), qsizetype(verbTable().size()));
        for (const VerbInfo& verb : verbTable()) {
            const QString name = QLatin1StringView(verb.method);
            QVERIFY2(methods.contains(name), verb.method);
            QCOMPARE(methods[name].first, QLatin1StringView(verb.inSignature));
            QCOMPARE(methods[name].second, QLatin1StringView(verb.outSignature));
        }
    }

    void helperSlotsMatchVerbTable()
    {
        const QMetaObject& meta = helper::HelperService::staticMetaObject;
        QCOMPARE(QLatin1StringView(meta.classInfo(meta.indexOfClassInfo("D-Bus Interface")).value()),
                 QLatin1StringView(ids::interface));
        QMap<QString, QPair<QString, QString>> exported;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            const QMetaMethod method = meta.method(i);
            if (!(method.attributes() & QMetaMethod::Scriptable))
                continue;
            QString in;
            QString out;
            if (method.returnMetaType() != QMetaType::fromType<void>())
                out += QLatin1StringView(QDBusMetaType::typeToSignature(method.returnMetaType()));
            const QList<QByteArray> types = method.parameterTypes();
            for (int p = 0; p < method.parameterCount(); ++p) {
                // A non-const reference is an output argument (QtDBus appends it to the reply).
                // QtDBus finds the types by their names as moc wrote them, so look them up the same way.
                const bool output = types[p].endsWith('&');
                const QMetaType type = QMetaType::fromName(output ? types[p].chopped(1) : types[p]);
                (output ? out : in) += QLatin1StringView(QDBusMetaType::typeToSignature(type));
            }
            exported.insert(QString::fromLatin1(method.name()), {in, out});
        }
        QCOMPARE(exported.size(), qsizetype(verbTable().size()));
        for (const VerbInfo& verb : verbTable()) {
            const QString name = QLatin1StringView(verb.method);
            QVERIFY2(exported.contains(name), verb.method);
            QCOMPARE(exported[name].first, QLatin1StringView(verb.inSignature));
            QCOMPARE(exported[name].second, QLatin1StringView(verb.outSignature));
        }
    }
};

QTEST_GUILESS_MAIN(TestHelperWiring)
#include "tst_helperwiring.moc"
