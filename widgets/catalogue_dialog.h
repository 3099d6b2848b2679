#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace portolan {

// Known-service catalogue: the effective entries (shipped + the user's overrides) for reference, and the
// user's overrides as JSON (portolan.catalogue-overrides: change a shipped entry by id, add one, or disable one),
// checked before it is saved; problems are listed with their line. The shipped file is never edited.
class CatalogueDialog final : public QDialog
{
    Q_OBJECT
public:
    CatalogueDialog(const QString& overridesPath, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    QTreeWidget* entries() const { return m_entries; }
    // Checks the text; returns the problems ("file:line: ..."), empty when it can be saved.
    QStringList check();
    bool save();

Q_SIGNALS:
    void saved(const QString& path);

private:
    void showEffective();

    QString m_path;
    QPlainTextEdit* m_editor;
    QTreeWidget* m_entries;
    QLabel* m_problems;
};

} // namespace portolan
