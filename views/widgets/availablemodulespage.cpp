// SPDX-License-Identifier: GPL-2.0-or-later
#include "availablemodulespage.h"

#include "availablemodulesfiltermodel.h"
#include "availablemodulesmodel.h"
#include "kernelidentity.h"
#include "kernelsettings.h"
#include "moduledetailstext.h"
#include "modulefileinspector.h"
#include "moduleindexer.h"
#include "moduleloadcheck.h"
#include "moduleloaddialog.h"
#include "procmodules.h"
#include "refreshclock.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

namespace {

QString droppedModuleFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && isModuleFileName(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

AvailableModulesPage::AvailableModulesPage(RefreshClock* clock, privileged::PrivilegedClient* client,
                                           KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_client(client)
    , m_model(new AvailableModulesModel(this))
    , m_proxy(new AvailableModulesFilterModel(this))
    , m_indexer(new ModuleIndexer(this))
    , m_message(new QLabel(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_state(new QComboBox(m_content))
    , m_progress(new QProgressBar(m_content))
    , m_counts(new QLabel(m_content))
    , m_openFile(new QPushButton(tr("Open .ko…"), m_content))
    , m_load(new QPushButton(tr("Load…"), m_content))
    , m_view(new QTreeView(m_content))
    , m_side(new QStackedWidget(m_content))
    , m_details(new QTextBrowser(m_side))
    , m_inspector(new ModuleFileInspector(m_side))
    , m_aliasTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("availableModulesPage"));
    setAcceptDrops(true);
    m_environment.fs = std::move(fs);

    m_message->setObjectName(QStringLiteral("availableModulesMessage"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->setToolTip(tr("Why the module pages cannot load anything on this kernel."));
    m_message->hide();

    m_search->setPlaceholderText(tr("Search name, alias, description, author or parameter"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the modules whose name, aliases, description, authors or parameter names "
                            "contain every word typed. A full alias (e.g. fs-ext3 or a pci: modalias) also "
                            "shows the modules modprobe would pick for it."));
    m_state->addItem(tr("All modules"), int(AvailableModulesFilterModel::StateFilter::All));
    m_state->addItem(tr("Loadable (with a file)"), int(AvailableModulesFilterModel::StateFilter::Loadable));
    m_state->addItem(tr("Not loaded"), int(AvailableModulesFilterModel::StateFilter::NotLoaded));
    m_state->addItem(tr("Loaded now"), int(AvailableModulesFilterModel::StateFilter::Loaded));
    m_state->addItem(tr("Built in"), int(AvailableModulesFilterModel::StateFilter::BuiltIn));
    m_state->setToolTip(tr("Show only modules in this state."));
    m_progress->setToolTip(
        tr("Reading the metadata of every installed module (libkmod reads each .ko file)."));
    m_progress->setFormat(tr("Indexing %v of %m modules"));
    m_progress->hide();
    m_counts->setToolTip(tr("How many modules this kernel has, how many are built in and how many the search "
                            "shows."));
    m_openFile->setToolTip(tr("Inspect a module file (.ko, .ko.xz, .ko.zst) before loading it: its modinfo, "
                              "vermagic against this kernel, signature and the taint it would cause. You can "
                              "also drop a file on this page."));
    m_load->setToolTip(tr("Open the load form for the selected module: its parameters, the dependencies that "
                          "load first, then Load through kaleido-helper."));
    m_load->setEnabled(false);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->sortByColumn(AvailableModulesModel::Name, Qt::AscendingOrder);
    m_view->setToolTip(
        tr("Every module of this kernel. Select one for its details; double-click to load it."));
    m_view->header()->resizeSection(AvailableModulesModel::Name, 170);
    m_view->header()->resizeSection(AvailableModulesModel::Description, 260);
    for (int c :
         {AvailableModulesModel::Version, AvailableModulesModel::Authors, AvailableModulesModel::Depends})
        m_view->setColumnHidden(c, true);
    m_details->setToolTip(tr("The selected module's modinfo, the modprobe.d rules that apply to it and what "
                             "loading it would do."));
    m_details->setOpenLinks(false);
    m_side->addWidget(m_details);
    m_side->addWidget(m_inspector);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_state);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_counts);
    bar->addStretch(0);
    bar->addWidget(m_openFile);
    bar->addWidget(m_load);
    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_content, 1);

    m_aliasTimer->setSingleShot(true);
    m_aliasTimer->setInterval(250);
    connect(m_aliasTimer, &QTimer::timeout, this, &AvailableModulesPage::lookupAlias);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        m_proxy->setAliasMatches({});
        m_aliasTimer->start();
        updateCounts();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(AvailableModulesFilterModel::StateFilter(m_state->currentData().toInt()));
        updateCounts();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AvailableModulesPage::showSelected);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (m_load->isEnabled())
            openLoadDialog(selectedModule());
    });
    connect(m_load, &QPushButton::clicked, this, [this] { openLoadDialog(selectedModule()); });
    connect(m_openFile, &QPushButton::clicked, this, &AvailableModulesPage::openModuleFile);
    connect(m_inspector, &ModuleFileInspector::loadRequested, this,
            &AvailableModulesPage::openLoadFileDialog);

    connect(m_indexer, &ModuleIndexer::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_indexer, &ModuleIndexer::batchReady, this, [this](const QList<ModuleInfo>& modules) {
        m_model->appendModules(modules);
        updateCounts();
    });
    connect(m_indexer, &ModuleIndexer::finished, this, [this] {
        m_progress->hide();
        updateCounts();
        Q_EMIT indexingFinished();
    });
    connect(m_indexer, &ModuleIndexer::failed, this, [this](const Error& error) {
        m_progress->hide();
        m_counts->setText(tr("Cannot list the modules: %1").arg(error.message()));
        Q_EMIT indexingFinished();
    });
    if (m_clock)
        connect(m_clock, &RefreshClock::tick, this, &AvailableModulesPage::refreshLoaded);

    setEnvironment(m_environment);
}

AvailableModulesPage::~AvailableModulesPage() = default;

void AvailableModulesPage::setSupportMessageVisible(bool visible)
{
    m_showSupportMessage = visible;
    if (!m_supported)
        m_message->setVisible(visible);
}

void AvailableModulesPage::setEnvironment(const ModuleEnvironment& environment)
{
    m_environment = environment;
    m_explicitRelease = !environment.release.isEmpty() || !environment.modulesDirectory.isEmpty();
    if (!m_explicitRelease && !m_environment.fs.isLive()) {
        // A captured tree (kaleido --root): the modules installed for its release, when this machine has
        // them.
        const auto identity = readKernelIdentity(m_environment.fs);
        if (identity && QFileInfo::exists(QStringLiteral("/lib/modules/") + identity->release +
                                          QStringLiteral("/modules.dep")))
            m_environment.release = identity->release;
    }
    // A captured tree's modprobe.d, never this machine's.
    m_capturedWithoutModprobeD = !m_environment.useCapturedModprobeConfig();
    m_supported = detectModuleSupport(m_environment.fs) != ModuleSupport::None;
    m_database = std::make_unique<ModuleDatabase>(m_environment.database());
    m_inspector->setEnvironment(m_environment);

    if (!m_supported) {
        const auto identity = readKernelIdentity(m_environment.fs);
        const QString release = identity ? identity->release : ModuleDatabase::runningRelease();
        QString text =
            tr("Kernel %1 was built without loadable-module support: every driver is built in. Nothing "
               "can be loaded or unloaded.")
                .arg(release);
        if (m_explicitRelease)
            text += QLatin1Char(' ') + tr("Shown for reference: the modules installed for %1.")
                                           .arg(m_environment.effectiveRelease());
        m_message->setText(text);
        m_message->setVisible(m_showSupportMessage);
    } else if (m_explicitRelease && m_environment.effectiveRelease() != ModuleDatabase::runningRelease() &&
               m_environment.fs.isLive()) {
        m_message->setText(tr("Showing the modules installed for %1, not the running kernel's.")
                               .arg(m_environment.effectiveRelease()));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_content->setEnabled(m_supported || m_explicitRelease);
    m_model->clear();
    m_inspector->hide();
    m_side->setCurrentWidget(m_details);
    showDetailsHint();
    if (m_supported || m_explicitRelease)
        startIndexing();
    else
        m_indexer->cancel();
    updateCounts();
}

void AvailableModulesPage::startIndexing()
{
    m_config =
        std::make_unique<ModprobeConfig>(m_environment.effectiveDirectory(), m_environment.configPaths);
    QSet<QString> blacklisted;
    for (const ModprobeRule& rule : m_config->rules()) {
        if (rule.kind == ModprobeRule::Kind::Blacklist)
            blacklisted.insert(rule.module);
    }
    m_model->setBlacklisted(blacklisted);
    updateLoaded();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_indexer->start(m_environment.effectiveRelease(), m_environment.modulesDirectory);
}

bool AvailableModulesPage::isIndexing() const
{
    return m_indexer->isRunning();
}

void AvailableModulesPage::updateLoaded()
{
    QSet<QString> names;
    if (const auto loaded = readProcModules(m_environment.fs)) {
        for (const LoadedModule& m : loaded->modules)
            names.insert(m.name);
    }
    m_model->setLoaded(names);
}

void AvailableModulesPage::refreshLoaded()
{
    updateLoaded();
    if (!m_indexer->isRunning() && m_indexer->indexOutdated() && (m_supported || m_explicitRelease)) {
        // depmod ran (a module was installed or removed): read the index again.
        m_model->clear();
        startIndexing();
    }
}

void AvailableModulesPage::updateCounts()
{
    int builtIn = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->module(r)->builtIn)
            ++builtIn;
    }
    QString text = tr("%1 modules, %2 built in").arg(m_model->rowCount()).arg(builtIn);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += QStringLiteral(" · ") + tr("%1 shown").arg(m_proxy->rowCount());
    m_counts->setText(text);
}

void AvailableModulesPage::lookupAlias()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')) || !m_database)
        return;
    QSet<QString> names;
    if (const auto found = m_database->lookup(text)) {
        for (const ModuleInfo& info : *found)
            names.insert(info.name);
    }
    m_proxy->setAliasMatches(names);
    updateCounts();
}

QString AvailableModulesPage::selectedModule() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AvailableModulesModel::ModuleNameRole).toString() : QString();
}

bool AvailableModulesPage::selectModule(const QString& module)
{
    const int row = m_model->rowOf(module);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_state->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AvailableModulesPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    m_side->setCurrentWidget(m_details);
    if (!current.isValid()) {
        showDetailsHint();
        m_load->setEnabled(false);
        return;
    }
    const auto info = current.data(AvailableModulesModel::ModuleInfoRole).value<ModuleInfo>();
    const auto state =
        AvailableModulesModel::ModuleState(current.data(AvailableModulesModel::StateRole).toInt());
    const auto checks =
        checkModuleLoad(info, readKernelSettings(m_environment.fs), m_database->signsModules(),
                        m_database->kernelVermagic(), state == AvailableModulesModel::ModuleState::Loaded);
    const QList<ModprobeRule> rules = m_config ? m_config->rulesFor(info.name) : QList<ModprobeRule>();
    QString html = moduleDetailsHtml(info, rules, checks, m_database->kernelVermagic());
    if (m_capturedWithoutModprobeD)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("No modprobe rules: the captured tree %1 has no modprobe.d directory (etc, run, lib "
                        "or usr/lib).")
                         .arg(m_environment.fs.root())
                         .toHtmlEscaped());
    m_details->setHtml(html);
    const bool loadable = !info.builtIn && m_supported;
    m_load->setEnabled(loadable);
    m_load->setToolTip(loadable ? tr("Open the load form for %1: its parameters, the dependencies that load "
                                     "first, then Load through kaleido-helper.")
                                      .arg(info.name)
                       : info.builtIn
                           ? tr("%1 is built into the kernel: there is nothing to load.").arg(info.name)
                           : tr("This kernel cannot load modules."));
}

void AvailableModulesPage::showDetailsHint()
{
    m_details->setHtml(QStringLiteral("<p style=\"color: %1\">%2</p>")
                           .arg(m_details->palette().color(QPalette::PlaceholderText).name(),
                                tr("Select a module to see its modinfo, parameters and the modprobe.d rules "
                                   "that apply.")
                                    .toHtmlEscaped()));
}

QString AvailableModulesPage::detailsText() const
{
    return m_side->currentWidget() == m_inspector ? m_inspector->plainText() : m_details->toPlainText();
}

bool AvailableModulesPage::inspectFile(const QString& path)
{
    m_side->setCurrentWidget(m_inspector);
    m_inspector->show();
    return m_inspector->inspect(path);
}

void AvailableModulesPage::openModuleFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Module File"), QString(),
                                                      tr("Kernel modules (*.ko *.ko.xz *.ko.zst *.ko.gz)"));
    if (!path.isEmpty())
        inspectFile(path);
}

void AvailableModulesPage::connectDialog(ModuleLoadDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironment(m_environment);
    connect(dialog, &ModuleLoadDialog::kernelLogRequested, this, &AvailableModulesPage::kernelLogRequested);
    connect(dialog, &ModuleLoadDialog::loadedModuleRequested, this,
            &AvailableModulesPage::loadedModuleRequested);
    connect(dialog, &ModuleLoadDialog::operationFinished, this, [this] {
        refreshLoaded();
        showSelected();
    });
    dialog->show();
}

ModuleLoadDialog* AvailableModulesPage::openLoadDialog(const QString& module)
{
    if (module.isEmpty())
        return nullptr;
    auto* dialog = new ModuleLoadDialog(ModuleLoadDialog::Mode::Load, module, m_client, {}, this);
    connectDialog(dialog);
    return dialog;
}

ModuleLoadDialog* AvailableModulesPage::openLoadFileDialog(const QString& path)
{
    auto* dialog = new ModuleLoadDialog(ModuleLoadDialog::Mode::LoadFile, path, m_client, {}, this);
    connectDialog(dialog);
    return dialog;
}

void AvailableModulesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedModuleFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AvailableModulesPage::dropEvent(QDropEvent* event)
{
    const QString path = droppedModuleFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    inspectFile(path);
}

} // namespace kaleido
