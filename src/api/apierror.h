#pragma once

#include <QString>

namespace rh {

/// An expected failure of one exchange, as a value. Worded for people in exactly one place (ui/errortext).
struct ApiError
{
    enum class Kind {
        None,
        Network,        ///< could not connect, connection reset, DNS …; nothing reached the server
        Tls,            ///< the TLS handshake failed (an untrusted certificate): nothing, not even the key, was sent
        Timeout,        ///< no (complete) answer in time for a call that changes nothing
        UnknownOutcome, ///< a run was sent but its answer never came: a task may exist; never resubmit
        Http,           ///< HTTP status other than 200 (e.g. a proxy's 502 HTML page)
        BadReply,       ///< 200 but not the envelope: HTML, garbage, cut body, wrong types
        Server,         ///< envelope with code != 0 (code, msg)
        Cancelled,      ///< the user aborted
        Invalid,        ///< refused before sending (validation)
    };
    Kind kind = Kind::None;
    int code = 0;    ///< envelope code for Server; HTTP status for Http
    QString message; ///< the server's msg, or Qt's network error text (English, for support)
    QString detail;  ///< extra, e.g. the first bytes of an HTML page or the field that had the wrong type
    QString taskId;  ///< when known, kept for support and to look again

    bool isError() const { return kind != Kind::None; }
    /// True when retrying cannot charge twice: nothing was created (421, 415, network before sending).
    bool isSafeToRetry() const;

    static ApiError server(int code, const QString &msg) { return {Kind::Server, code, msg, {}, {}}; }
};

} // namespace rh
