// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;
class QToolButton;

namespace kaleido {

class LabCard;
class ModuleLabCard;

namespace privileged {
class PrivilegedClient;
}

/**
 * The Labs area: the list of labs on the left, the chosen lab's card on the right, and a presentation mode
 * with larger text for a projector (remembered between sessions).
 */
class LabsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LabsPage(QWidget* parent = nullptr);
    ~LabsPage() override; ///< stops every running lab first

    int labCount() const;
    LabCard* card(int index) const;
    LabCard* card(const QString& id) const;
    void showLab(const QString& id);
    LabCard* currentCard() const; ///< nullptr when the module lab is shown
    /// Adds lab 12's card (it needs the main window's PrivilegedClient) in its place in the list.
    void addModuleLab(ModuleLabCard* card);
    /// The client the labs' steps that change kernel settings use (the main window's).
    void setPrivilegedClient(privileged::PrivilegedClient* client);
    ModuleLabCard* moduleLab() const { return m_moduleLab; }

    bool presentationMode() const { return m_presentation; }
    void setPresentationMode(bool on);
    void stopAll(); ///< ends every lab's workload

signals:
    void processFocusRequested(qint32 pid);
    void memoryMapRequested(qint32 pid);

private:
    QWidget* addCard(QWidget* card, int number, const QString& title, const QString& toolTip,
                     const QString& id);

    QListWidget* m_list;
    QStackedWidget* m_cards;
    QToolButton* m_presentationButton;
    QList<LabCard*> m_labCards;
    QList<QWidget*> m_scrolls; ///< the LabCards' pages in m_cards, in m_labCards' order
    ModuleLabCard* m_moduleLab = nullptr;
    QFont m_normalFont;
    bool m_presentation = false;
};

} // namespace kaleido
