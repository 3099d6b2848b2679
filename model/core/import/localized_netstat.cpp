#include "localized_netstat.h"

#include "code_pages.h"
#include "core/text_util.h"

#include <array>
#include <string>
#include <utility>

namespace portolan::capture {

namespace {

using S = SocketState;

// State words. English and German are confirmed by third-party captures and monitoring plugins (checkmk,
// systeminformation) that match them; the other languages are best knowledge. A word we do not know does not
// lose the row: the parser falls back to the row's shape (see netstat_windows_parser.cpp).
constexpr std::array<std::pair<std::string_view, SocketState>, 62> kStates { {
    // English (also used unchanged by the Russian, Japanese, Korean and Chinese builds).
    { "LISTENING", S::Listen },
    { "ESTABLISHED", S::Established },
    { "TIME_WAIT", S::TimeWait },
    { "CLOSE_WAIT", S::CloseWait },
    { "FIN_WAIT_1", S::FinWait1 },
    { "FIN_WAIT_2", S::FinWait2 },
    { "SYN_SENT", S::SynSent },
    { "SYN_RECEIVED", S::SynReceived },
    { "LAST_ACK", S::LastAck },
    { "CLOSING", S::Closing },
    { "CLOSED", S::Closed },
    { "DELETE_TCB", S::DeleteTcb },
    { "BOUND", S::Bound },
    // German.
    { "ABHÖREN", S::Listen },
    { "HERGESTELLT", S::Established },
    { "WARTEND", S::TimeWait },
    { "SCHLIESSEN_WARTEN", S::CloseWait },
    { "FIN_WARTEN_1", S::FinWait1 },
    { "FIN_WARTEN_2", S::FinWait2 },
    { "SYN_GESENDET", S::SynSent },
    { "SYN_EMPFANGEN", S::SynReceived },
    { "LETZTE_BESTÄTIGUNG", S::LastAck },
    { "SCHLIESSEND", S::Closing },
    { "GESCHLOSSEN", S::Closed },
    { "GEBUNDEN", S::Bound },
    // Spanish.
    { "ESCUCHANDO", S::Listen },
    { "ESTABLECIDO", S::Established },
    { "ESPERA_CIERRE", S::CloseWait },
    { "ESPERA_TIEMPO", S::TimeWait },
    { "SYN_ENVIADO", S::SynSent },
    { "SYN_RECIBIDO", S::SynReceived },
    { "CERRADO", S::Closed },
    { "CERRANDO", S::Closing },
    // Portuguese.
    { "ESCUTANDO", S::Listen },
    { "ESTABELECIDA", S::Established },
    { "ESTABELECIDO", S::Established },
    { "AGUARDANDO_FECHAMENTO", S::CloseWait },
    { "TEMPO_ESPERA", S::TimeWait },
    { "FECHADO", S::Closed },
    // French.
    { "ÉCOUTE", S::Listen },
    { "ECOUTE", S::Listen },
    { "ÉTABLIE", S::Established },
    { "ETABLIE", S::Established },
    { "ÉTABLI", S::Established },
    { "ATTENTE_FERMETURE", S::CloseWait },
    { "ATTENTE_TEMPS", S::TimeWait },
    { "FERMÉ", S::Closed },
    // Italian.
    { "IN ASCOLTO", S::Listen },
    { "IN_ASCOLTO", S::Listen },
    { "STABILITA", S::Established },
    { "STABILITO", S::Established },
    { "ATTESA_CHIUSURA", S::CloseWait },
    { "ATTESA_TEMPO", S::TimeWait },
    // Polish.
    { "NASŁUCHIWANIE", S::Listen },
    { "USTANOWIONO", S::Established },
    { "CZAS_OCZEKIWANIA", S::TimeWait },
    { "ZAMKNIJ_CZEKAJ", S::CloseWait },
    { "SYN_WYSŁANO", S::SynSent },
    // Russian (older builds translated the states).
    { "ПРОСЛУШИВАНИЕ", S::Listen },
    { "УСТАНОВЛЕНО", S::Established },
    { "ОЖИДАНИЕ_ЗАКРЫТИЯ", S::CloseWait },
    { "ВРЕМЯ_ОЖИДАНИЯ", S::TimeWait },
} };

constexpr std::array<std::string_view, 18> kBanners { {
    "Active Connections",
    "Aktive Verbindungen",
    "Connexions actives",
    "Conexiones activas",
    "Connessioni attive",
    "Conexões ativas",
    "Ligações activas",
    "Активные подключения",
    "Активные соединения",
    "Aktywne połączenia",
    "Actieve verbindingen",
    "Aktivní připojení",
    "Aktiva anslutningar",
    "Etkin Bağlantılar",
    "활성 연결",
    "アクティブな接続",
    "活动连接",
    "使用中連線",
} };

// First word of the column header line.
constexpr std::array<std::string_view, 9> kHeaderFirstWords { {
    "Proto",
    "Protokoll",
    "Protocole",
    "Имя",
    "Protokół",
    "프로토콜",
    "プロトコル",
    "协议",
    "協定",
} };

constexpr std::array<std::string_view, 9> kOwnershipUnavailable { {
    "Can not obtain ownership information",
    "Es können keine Besitzerinformationen abgerufen werden",
    "Impossible d’obtenir les informations de propriétaire",
    "No se puede obtener información de propiedad",
    "Impossibile ottenere le informazioni sulla proprietà",
    "Не удается получить сведения о владельце",
    "所有者情報を取得できません",
    "无法获取所有权信息",
    "소유권 정보를 가져올 수 없습니다",
} };

bool isAscii(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// The ASCII letters, digits and separators of a word: what survives any single-byte mis-decoding of it.
std::string skeleton(std::string_view word)
{
    std::string out;
    for (char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_')
            out.push_back(c);
        else if (u >= 'a' && u <= 'z')
            out.push_back(static_cast<char>(u - 'a' + 'A'));
    }
    return out;
}

} // namespace

std::optional<SocketState> localizedState(std::string_view word)
{
    word = trim(word);
    if (word.empty())
        return std::nullopt;
    const auto upper = toUpperAscii(word);
    for (const auto& [name, state] : kStates)
        if (name == upper)
            return state;
    if (isAscii(word))
        return std::nullopt;
    // Mis-decoded once: compare what is left of the ASCII letters. Only a unique, long enough match counts, so
    // that "ÉTABLI"/"ETABLIE" style near-twins cannot be confused.
    const auto key = skeleton(word);
    if (key.size() < 5)
        return std::nullopt;
    std::optional<SocketState> found;
    for (const auto& [name, state] : kStates) {
        if (isAscii(name) || skeleton(name) != key)
            continue;
        if (found && *found != state)
            return std::nullopt;
        found = state;
    }
    return found;
}

bool isConnectionsBanner(std::string_view line)
{
    const auto text = trim(line);
    for (auto banner : kBanners)
        if (text.size() == banner.size() && toLowerAscii(text) == toLowerAscii(banner))
            return true;
    return false;
}

bool isColumnHeader(std::string_view line)
{
    const auto fields = splitWhitespace(line);
    if (fields.size() < 3)
        return false;
    for (auto word : kHeaderFirstWords)
        if (fields[0] == word)
            return true;
    return false;
}

bool isOwnershipUnavailable(std::string_view line)
{
    const auto text = trim(line);
    for (auto message : kOwnershipUnavailable)
        if (text.size() >= message.size() && toLowerAscii(text.substr(0, message.size())) == toLowerAscii(message))
            return true;
    return false;
}

std::size_t countLocalizedKeywords(std::string_view text)
{
    std::size_t count = 0;
    auto countWord = [&](std::string_view word) {
        if (isAscii(word))
            return;
        for (auto pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + word.size()))
            ++count;
    };
    for (const auto& entry : kStates)
        countWord(entry.first);
    for (auto banner : kBanners)
        countWord(banner);
    for (auto word : kHeaderFirstWords)
        countWord(word);
    for (auto message : kOwnershipUnavailable)
        countWord(message);
    return count;
}

} // namespace portolan::capture
