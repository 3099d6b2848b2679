#include "filter_presets.h"

#include "filter_bar.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace portolan::filter_presets {

namespace {
const QString kArray = QStringLiteral("filterPresets");
const QString kName = QStringLiteral("name");

using Preset = std::pair<QString, RowFilter>;

std::vector<Preset> readAll()
{
    QSettings settings;
    std::vector<Preset> presets;
    const int size = settings.beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(kName).toString();
        if (!name.isEmpty())
            presets.emplace_back(name, read(settings));
    }
    settings.endArray();
    return presets;
}

void writeAll(const std::vector<Preset>& presets)
{
    QSettings settings;
    settings.remove(kArray); // an array written shorter would keep its old tail entries
    settings.beginWriteArray(kArray, static_cast<int>(presets.size()));
    for (int i = 0; i < static_cast<int>(presets.size()); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kName, presets[static_cast<std::size_t>(i)].first);
        write(settings, presets[static_cast<std::size_t>(i)].second);
    }
    settings.endArray();
}
} // namespace

void write(QSettings& settings, const RowFilter& filter)
{
    settings.setValue(QStringLiteral("protocols"), filter.protocols);
    settings.setValue(QStringLiteral("families"), filter.families);
    settings.setValue(QStringLiteral("states"), filter.states);
    settings.setValue(QStringLiteral("process"), QString::fromStdString(filter.process));
    settings.setValue(
        QStringLiteral("ports"), filter.ports ? QString::fromStdString(formatPortRange(*filter.ports)) : QString());
    settings.setValue(QStringLiteral("portSide"), static_cast<int>(filter.portSide));
    settings.setValue(QStringLiteral("hideLoopback"), filter.hideLoopback);
    settings.setValue(QStringLiteral("onlyListening"), filter.onlyListening);
    settings.setValue(QStringLiteral("onlyDynamic"), filter.onlyDynamic);
}

RowFilter read(const QSettings& settings)
{
    RowFilter filter;
    filter.protocols = static_cast<std::uint8_t>(settings.value(QStringLiteral("protocols")).toUInt() & 3u);
    filter.families = static_cast<std::uint8_t>(settings.value(QStringLiteral("families")).toUInt() & 3u);
    filter.states = settings.value(QStringLiteral("states")).toUInt();
    filter.process = settings.value(QStringLiteral("process")).toString().toLower().trimmed().toStdString();
    filter.ports = parsePortRange(settings.value(QStringLiteral("ports")).toString().toStdString());
    const int side = settings.value(QStringLiteral("portSide")).toInt();
    filter.portSide = side >= 0 && side <= int(PortSide::Either) ? static_cast<PortSide>(side) : PortSide::Local;
    filter.hideLoopback = settings.value(QStringLiteral("hideLoopback")).toBool();
    filter.onlyListening = settings.value(QStringLiteral("onlyListening")).toBool();
    filter.onlyDynamic = settings.value(QStringLiteral("onlyDynamic")).toBool();
    return filter;
}

QStringList names()
{
    QStringList result;
    for (const auto& [name, filter] : readAll())
        result << name;
    return result;
}

std::optional<RowFilter> load(const QString& name)
{
    for (auto& [stored, filter] : readAll())
        if (stored == name)
            return filter;
    return std::nullopt;
}

void save(const QString& name, const RowFilter& filter)
{
    auto presets = readAll();
    auto it = std::find_if(presets.begin(), presets.end(), [&](const Preset& p) { return p.first == name; });
    if (it != presets.end())
        it->second = filter.criteriaOnly();
    else
        presets.emplace_back(name, filter.criteriaOnly());
    writeAll(presets);
}

void remove(const QString& name)
{
    auto presets = readAll();
    std::erase_if(presets, [&](const Preset& p) { return p.first == name; });
    writeAll(presets);
}

void attach(FilterBar* bar)
{
    bar->setPresetNames(names());
    QObject::connect(bar, &FilterBar::presetChosen, bar, [bar](const QString& name) {
        if (const auto filter = load(name))
            bar->setFilter(*filter);
    });
    QObject::connect(bar, &FilterBar::presetSaveRequested, bar, [bar](const QString& name) {
        save(name, bar->filter());
        bar->setPresetNames(names(), name);
    });
    QObject::connect(bar, &FilterBar::presetDeleteRequested, bar, [bar](const QString& name) {
        remove(name);
        bar->setPresetNames(names());
    });
}

} // namespace portolan::filter_presets
