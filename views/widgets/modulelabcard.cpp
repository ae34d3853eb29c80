// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulelabcard.h"

#include "moduleloaddialog.h"
#include "procmodules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kaleido {

namespace {

const char teach[] = "kaleido_teach";
const char teachUser[] = "kaleido_teach_user";
const char slabCache[] = "kaleido_teach_obj";

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString ModuleLabCard::title()
{
    return tr("A module's life");
}

QString ModuleLabCard::goal()
{
    return tr(
        "Load the teaching module kaleido_teach with parameters, find everything it adds to the kernel "
        "— its directory in /sys/module, a file in /proc, a slab cache, lines in the kernel log — give it "
        "a user, then unload both in the only order the kernel accepts.");
}

QMap<QString, QString> ModuleLabCard::teachParameters()
{
    return {{QStringLiteral("objects"), QStringLiteral("64")},
            {QStringLiteral("greeting"), QStringLiteral("hello")}};
}

ModuleLabCard::ModuleLabCard(privileged::PrivilegedClient* client, KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_support(detectModuleSupport(m_fs) == ModuleSupport::Loadable)
{
    setObjectName(QStringLiteral("labCard_") + labId());
    auto* layout = new QVBoxLayout(this);
    auto* heading = paragraph(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("labTitle"));
    layout->addWidget(heading);
    auto* goalLabel = paragraph(tr("<b>Goal:</b> %1").arg(goal().toHtmlEscaped()), this);
    goalLabel->setToolTip(tr("What this lab shows"));
    layout->addWidget(goalLabel);
    auto* watch = paragraph(
        tr("<b>What to watch:</b> Modules ▸ Loaded (its row, the O and E taint letters, its parameters), "
           "the Kernel log filtered to the module, and the text this card reads from /proc and /sys."),
        this);
    watch->setToolTip(tr("Where the effect appears"));
    layout->addWidget(watch);

    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"), this);
    m_start->setObjectName(QStringLiteral("labStart"));
    m_start->setToolTip(tr("Check that this kernel can load modules and that the teaching modules are built "
                           "or installed, then enable the steps"));
    connect(m_start, &QPushButton::clicked, this, &ModuleLabCard::start);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = paragraph(QString(), this);
    m_status->setObjectName(QStringLiteral("labStatus"));
    m_status->setToolTip(tr("Whether this kernel can load modules, and where the teaching modules are"));
    layout->addWidget(m_status);

    struct Step
    {
        QString label;
        QString tip;
        QString watch;
    };
    const QList<Step> steps = {
        {tr("Load kaleido_teach with parameters…"),
         tr("Open Kaleido's load dialog on kaleido_teach with objects=64 and greeting=hello filled in; "
            "you press Load"),
         tr("The dialog checks the parameters against the module's own declarations before the kernel "
            "sees them, then shows the kernel's answer and the lines the module logged.")},
        {tr("Show in Modules ▸ Loaded"),
         tr("Open Modules ▸ Loaded on kaleido_teach and list its parameters from "
            "/sys/module/kaleido_teach/parameters"),
         tr("Each parameter is a file under /sys/module/kaleido_teach/parameters. The taint letters O "
            "(out of tree) and E (unsigned) mark code the distribution did not ship.")},
        {tr("Read its /proc file and slab cache"),
         tr("Show /proc/kaleido_teach and the kaleido_teach_obj line of /proc/slabinfo (root only: "
            "otherwise open Memory ▸ Slab, which reads it through the helper)"),
         tr("The module made a file in /proc and a slab cache of its own; the cache holds the objects it "
            "allocated, as many as the objects parameter asked for.")},
        {tr("Show its kernel log lines"), tr("Open the Kernel log filtered to kaleido_teach's messages"),
         tr("What the module's init function printed with printk, at several levels.")},
        {tr("Load kaleido_teach_user…"),
         tr("Open the load dialog on kaleido_teach_user, a second module that calls a function "
            "kaleido_teach exports"),
         tr("kaleido_teach now has a holder: the kernel counts the user and will refuse to unload "
            "kaleido_teach first (EAGAIN).")},
        {tr("Unload both in the safe order…"),
         tr("Open Modules ▸ Loaded's unload dialog for kaleido_teach with its user: the holder goes first; "
            "nothing is forced"),
         tr("kaleido_teach_user goes first, then kaleido_teach: its /proc file, its slab cache and its "
            "/sys/module directory disappear with it.")},
    };
    auto* box = new QGroupBox(tr("Steps"), this);
    box->setToolTip(tr("Press the steps in order and watch what changes after each"));
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < steps.size(); ++i) {
        auto* button = new QPushButton(tr("%1. %2").arg(i + 1).arg(steps.at(i).label), box);
        button->setObjectName(QStringLiteral("labStep%1").arg(i + 1));
        button->setToolTip(steps.at(i).tip);
        connect(button, &QPushButton::clicked, this, [this, i] { runStep(i); });
        auto* label = paragraph(steps.at(i).watch, box);
        label->setToolTip(tr("What this step makes happen"));
        grid->addWidget(button, i, 0, Qt::AlignTop);
        grid->addWidget(label, i, 1);
        m_steps.append(button);
    }
    layout->addWidget(box);

    auto* outputBox = new QGroupBox(tr("What the kernel shows"), this);
    auto* outputLayout = new QVBoxLayout(outputBox);
    m_output = new QPlainTextEdit(outputBox);
    m_output->setObjectName(QStringLiteral("labOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(500);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setToolTip(tr("What the steps read from /sys/module, /proc/kaleido_teach and /proc/slabinfo"));
    outputLayout->addWidget(m_output);
    layout->addWidget(outputBox, 1);

    auto* explanation = new QGroupBox(tr("What you just saw"), this);
    explanation->setToolTip(tr("The kernel's side of what the steps did"));
    auto* explanationLayout = new QVBoxLayout(explanation);
    explanationLayout->addWidget(paragraph(
        tr("Loading copied the module's code into kernel memory and ran its init function. Everything it "
           "created belongs to it: the parameters the kernel parsed from your text into typed variables "
           "(visible, and some writable, under /sys/module), the /proc file, the slab cache, the log lines. "
           "A second module that uses an exported symbol pins the first one: the kernel keeps a reference "
           "count and a list of holders, and refuses to unload a module something still uses. Unloading "
           "the holder first, then the module, runs each exit function, which must give back everything "
           "init took — a module that forgot would leave a slab cache or a /proc file behind."),
        explanation));
    layout->addWidget(explanation);

    updateState();
}

ModuleLabCard::~ModuleLabCard() = default;

ModuleLoadDialog* ModuleLabCard::loadDialog() const
{
    return m_dialog.data();
}

QString ModuleLabCard::release() const
{
    const auto data = m_fs.readFile(QStringLiteral("/proc/sys/kernel/osrelease"));
    return data ? QString::fromUtf8(data->trimmed()) : QString();
}

QString ModuleLabCard::builtFile(const QString& module) const
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("KALEIDO_KMOD_DIR");
    if (!env.isEmpty())
        dirs << env;
#ifdef KALEIDO_KMOD_BUILD_DIR
    dirs << QStringLiteral(KALEIDO_KMOD_BUILD_DIR);
#endif
    for (const QString& dir : std::as_const(dirs)) {
        // Absolute: the helper loads files by full path only ($KALEIDO_KMOD_DIR may be relative).
        const QFileInfo file(QDir(dir).filePath(module + QStringLiteral(".ko")));
        if (file.exists())
            return file.absoluteFilePath();
    }
    return {};
}

bool ModuleLabCard::installed(const QString& module) const
{
    const QString rel = release();
    if (rel.isEmpty() || !m_fs.isLive())
        return false;
    QFile dep(QStringLiteral("/lib/modules/%1/modules.dep").arg(rel));
    if (!dep.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = '/' + module.toUtf8() + ".ko";
    while (!dep.atEnd()) {
        const QByteArray line = dep.readLine();
        const QByteArray path = line.left(line.indexOf(':'));
        const int at = path.lastIndexOf(needle);
        if (at >= 0 && (at + needle.size() == path.size() || path.at(at + needle.size()) == '.'))
            return true;
    }
    return false;
}

void ModuleLabCard::updateState()
{
    m_start->setEnabled(m_support && !m_started);
    for (QPushButton* button : std::as_const(m_steps))
        button->setEnabled(m_support && m_started);
    if (!m_support) {
        m_status->setText(
            tr("<b>This kernel cannot load modules.</b> Linux %1 was built without loadable-module support "
               "(there is no /proc/modules): every driver is built in, and nothing can be loaded or "
               "unloaded. Run this lab on a kernel with modules, such as a distribution kernel (Debian's "
               "6.1 in tests/vm).")
                .arg(release().toHtmlEscaped()));
        return;
    }
    if (m_started)
        return;
    if (installed(QLatin1String(teach)) || !builtFile(QLatin1String(teach)).isEmpty()) {
        m_status->setText(tr("Press Start, then the steps in order."));
        return;
    }
    m_status->setText(
        tr("kaleido_teach.ko is not built for this kernel yet. Install the kernel's headers "
           "(<tt>apt-get install linux-headers-%1</tt>) and rebuild Kaleido, which then builds "
           "labs/kmod; or install the kaleido-teach-dkms package, which builds and installs it for every "
           "kernel (labs/README.md).")
            .arg(release().toHtmlEscaped()));
}

bool ModuleLabCard::start()
{
    if (!m_support)
        return false;
    const bool teachFound = installed(QLatin1String(teach)) || !builtFile(QLatin1String(teach)).isEmpty();
    if (!teachFound) {
        updateState();
        return false;
    }
    m_started = true;
    const QString where = installed(QLatin1String(teach))
                              ? tr("installed for Linux %1; loads by name").arg(release())
                              : tr("built in %1").arg(QFileInfo(builtFile(QLatin1String(teach))).path());
    m_status->setText(tr("kaleido_teach is %1. Press the steps in order.").arg(where.toHtmlEscaped()));
    updateState();
    return true;
}

bool ModuleLabCard::openLoad(const QString& module, const QMap<QString, QString>& values)
{
    if (m_dialog)
        m_dialog->close();
    ModuleLoadDialog* dialog = nullptr;
    if (installed(module)) {
        dialog = new ModuleLoadDialog(ModuleLoadDialog::Mode::Load, module, m_client, values, this);
    } else {
        const QString file = builtFile(module);
        if (file.isEmpty()) {
            say(tr("%1.ko is neither installed nor built: see the note at the top of this card.")
                    .arg(module));
            return false;
        }
        dialog = new ModuleLoadDialog(ModuleLoadDialog::Mode::LoadFile, file, m_client, values, this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    connect(dialog, &ModuleLoadDialog::kernelLogRequested, this, &ModuleLabCard::kernelLogRequested);
    connect(dialog, &ModuleLoadDialog::loadedModuleRequested, this, &ModuleLabCard::loadedModuleRequested);
    connect(dialog, &ModuleLoadDialog::operationFinished, this,
            [this, module](const privileged::OperationResult& result) {
                say(result.ok() ? tr("%1 is loaded.").arg(module)
                                : tr("Loading %1 failed: %2").arg(module, result.cause));
                if (result.ok() && module == QLatin1String(teachUser))
                    showHolders();
            });
    m_dialog = dialog;
    dialog->show();
    return true;
}

void ModuleLabCard::say(const QString& text)
{
    m_output->appendPlainText(text);
}

void ModuleLabCard::showSysfs()
{
    const QString dir = QStringLiteral("/sys/module/kaleido_teach");
    const auto taint = m_fs.readFile(dir + QStringLiteral("/taint"));
    if (!taint) {
        say(tr("kaleido_teach is not loaded: %1 is missing. Press step 1 first.").arg(dir));
        return;
    }
    say(tr("%1/taint: %2").arg(dir, QString::fromUtf8(taint->trimmed())));
    const QStringList names = {QStringLiteral("objects"),  QStringLiteral("buffer_kib"),
                               QStringLiteral("greeting"), QStringLiteral("verbose"),
                               QStringLiteral("weights"),  QStringLiteral("log_levels")};
    for (const QString& name : names) {
        const auto value = m_fs.readFile(dir + QStringLiteral("/parameters/") + name);
        if (value)
            say(QStringLiteral("%1/parameters/%2 = %3").arg(dir, name, QString::fromUtf8(value->trimmed())));
    }
}

void ModuleLabCard::showProcAndSlab()
{
    const auto proc = m_fs.readFile(QStringLiteral("/proc/kaleido_teach"));
    if (!proc) {
        say(tr("/proc/kaleido_teach cannot be read: %1").arg(proc.error().message()));
        return;
    }
    say(tr("/proc/kaleido_teach:"));
    say(QString::fromUtf8(proc->trimmed()));
    const auto slab = m_fs.readFile(QStringLiteral("/proc/slabinfo"));
    if (!slab) {
        say(tr("/proc/slabinfo is readable by root only: Memory ▸ Slab reads it through the helper; look for "
               "the %1 cache there.")
                .arg(QLatin1String(slabCache)));
        emit slabRequested();
        return;
    }
    const QList<QByteArray> lines = slab->split('\n');
    const QByteArray prefix = QByteArray(slabCache).append(' ');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix)) {
            say(tr("/proc/slabinfo (name, active objects, objects, object size, …):"));
            say(QString::fromUtf8(line.simplified()));
            return;
        }
    }
    say(tr("No %1 line in /proc/slabinfo: the kernel merged the cache into another one of the same size.")
            .arg(QLatin1String(slabCache)));
}

void ModuleLabCard::showHolders()
{
    const auto modules = readProcModules(m_fs);
    const LoadedModule* module = modules ? modules->find(QLatin1String(teach)) : nullptr;
    if (!module) {
        say(tr("kaleido_teach is not loaded."));
        return;
    }
    say(module->holders.isEmpty()
            ? tr("kaleido_teach has no holders (reference count %1).").arg(module->refcount.value_or(0))
            : tr("kaleido_teach is held by %1 (reference count %2): it cannot be unloaded first.")
                  .arg(module->holders.join(QStringLiteral(", ")))
                  .arg(module->refcount.value_or(0)));
}

bool ModuleLabCard::runStep(int index)
{
    if (!m_started || index < 0 || index >= m_steps.size())
        return false;
    switch (index) {
    case 0:
        return openLoad(QLatin1String(teach), teachParameters());
    case 1:
        showSysfs();
        emit loadedModuleRequested(QLatin1String(teach));
        return true;
    case 2:
        showProcAndSlab();
        return true;
    case 3:
        emit moduleLogRequested(QLatin1String(teach));
        return true;
    case 4:
        return openLoad(QLatin1String(teachUser), {});
    case 5:
        emit unloadRequested(QLatin1String(teach));
        return true;
    }
    return false;
}

} // namespace kaleido
