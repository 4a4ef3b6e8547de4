// SPDX-License-Identifier: GPL-3.0-or-later
// tlsclient — the one client of bench/tls-bench.sh, the same for Carteiro,
// Postfix and Dovecot: blocking sockets and OpenSSL 3 (the library all three
// servers use), so that the client's own cost is small and equal for all.
//
//   tlsclient smtp HOST PORT SNI CAFILE N MODE [PROCS]
//       N new connections, one after another (PROCS processes in parallel,
//       N each): connect, 220, EHLO, STARTTLS, a full TLS handshake (no
//       session resumption; the peer verified against CAFILE and SNI), EHLO
//       again, then with MODE "message" MAIL, RCPT, DATA (a small message),
//       QUIT; with MODE "handshake" QUIT right after the second EHLO.
//       Prints "count seconds version cipher group".
//   tlsclient pop3s HOST PORT SNI CAFILE USER PASS N
//       one implicit-TLS session: USER, PASS, then the timed RETR 1..N, each
//       read to its terminating ".", then QUIT. Prints
//       "count bytes seconds version cipher group".
//
// With TLSCLIENT_QUICKACK=1 in the environment the client sets TCP_QUICKACK
// after every read (see quickAck below); with TLSCLIENT_TLS12=1 it offers
// TLS 1.2 only (no TLS 1.3 NewSessionTicket after the handshake).
//
// A benchmark tool, not a test: any protocol surprise ends it with status 1
// and a message on stderr.
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "tlsclient: %s\n", what.c_str());
    ERR_print_errors_fp(stderr);
    std::exit(1);
}

// TLSCLIENT_QUICKACK=1: acknowledge every segment at once (TCP_QUICKACK
// after each read), so that a server which writes two small segments in a
// row without TCP_NODELAY does not wait for our delayed ACK (Nagle).
bool quickAck()
{
    static const bool on = [] {
        const char *v = std::getenv("TLSCLIENT_QUICKACK");
        return v && std::strcmp(v, "1") == 0;
    }();
    return on;
}

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int connectTo(const char *host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        fail("socket");
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(static_cast<uint16_t>(port));
    if (::inet_pton(AF_INET, host, &sa.sin_addr) != 1)
        fail(std::string("bad address ") + host);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0)
        fail(std::string("connect ") + host + ":" + std::to_string(port) + ": " + std::strerror(errno));
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// A line reader over either the plain socket or the TLS session.
class Stream
{
public:
    explicit Stream(int fd)
        : m_fd(fd)
    {
    }
    ~Stream()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        ::close(m_fd);
    }

    void startTls(SSL_CTX *ctx, const char *sni)
    {
        if (m_pos != m_buf.size())
            fail("bytes after the STARTTLS reply, before the handshake");
        m_buf.clear();
        m_pos = 0;
        m_ssl = SSL_new(ctx);
        SSL_set_fd(m_ssl, m_fd);
        SSL_set_tlsext_host_name(m_ssl, sni);
        SSL_set1_host(m_ssl, sni);
        if (SSL_connect(m_ssl) != 1)
            fail("TLS handshake");
        if (SSL_get_verify_result(m_ssl) != X509_V_OK)
            fail("peer not verified");
        if (quickAck()) {
            const int one = 1;
            ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        }
    }

    void write(const std::string &s)
    {
        size_t done = 0;
        while (done < s.size()) {
            const int n = m_ssl
                ? SSL_write(m_ssl, s.data() + done, static_cast<int>(s.size() - done))
                : static_cast<int>(::send(m_fd, s.data() + done, s.size() - done, MSG_NOSIGNAL));
            if (n <= 0)
                fail("write");
            done += static_cast<size_t>(n);
        }
    }

    // The next line without its CRLF.
    std::string line()
    {
        for (;;) {
            const size_t lf = m_buf.find('\n', m_pos);
            if (lf != std::string::npos) {
                std::string out = m_buf.substr(m_pos, lf - m_pos);
                m_pos = lf + 1;
                if (!out.empty() && out.back() == '\r')
                    out.pop_back();
                return out;
            }
            fill();
        }
    }

    // POP3: a multi-line reply's body, up to and without its ".\r\n"; returns
    // its size in octets as received (dot-stuffed, CRLF).
    size_t dotBody()
    {
        for (;;) {
            if (m_buf.compare(m_pos, 3, ".\r\n") == 0) {
                m_pos += 3;
                return 0;
            }
            const size_t end = m_buf.find("\r\n.\r\n", m_pos);
            if (end != std::string::npos) {
                const size_t n = end + 2 - m_pos;
                m_pos = end + 5;
                return n;
            }
            fill();
        }
    }

    const SSL *ssl() const { return m_ssl; }

private:
    void fill()
    {
        if (m_pos > 0 && m_pos == m_buf.size()) {
            m_buf.clear();
            m_pos = 0;
        } else if (m_pos > (1 << 16)) {
            m_buf.erase(0, m_pos);
            m_pos = 0;
        }
        char tmp[1 << 16];
        const int n = m_ssl ? SSL_read(m_ssl, tmp, sizeof tmp)
                            : static_cast<int>(::recv(m_fd, tmp, sizeof tmp, 0));
        if (n <= 0)
            fail("connection closed");
        if (quickAck()) {
            const int one = 1;
            ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        }
        m_buf.append(tmp, static_cast<size_t>(n));
    }

    int m_fd;
    SSL *m_ssl = nullptr;
    std::string m_buf;
    size_t m_pos = 0;
};

// An SMTP reply (all its lines); fails unless its code starts with `first`.
std::string smtpReply(Stream &s, char first, const char *after)
{
    std::string last;
    do {
        last = s.line();
        if (last.size() < 3 || last[0] != first)
            fail(std::string("after ") + after + ": " + last);
    } while (last.size() > 3 && last[3] == '-');
    return last;
}

void pop3Ok(Stream &s, const char *after)
{
    const std::string l = s.line();
    if (l.compare(0, 3, "+OK") != 0)
        fail(std::string("after ") + after + ": " + l);
}

SSL_CTX *clientContext(const char *caFile)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx || SSL_CTX_load_verify_locations(ctx, caFile, nullptr) != 1)
        fail(std::string("cannot load ") + caFile);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (const char *v = std::getenv("TLSCLIENT_TLS12"); v && std::strcmp(v, "1") == 0)
        SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    // Every connection pays a full handshake: no session cache, no tickets.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    return ctx;
}

std::string describe(const SSL *ssl)
{
    std::string group = "-";
    const int nid = SSL_get_negotiated_group(const_cast<SSL *>(ssl));
    if (nid != NID_undef) {
        const char *name = OBJ_nid2sn(nid);
        group = name ? name : std::to_string(nid);
    }
    return std::string(SSL_get_version(ssl)) + " " + SSL_get_cipher_name(ssl) + " " + group;
}

std::string smtpOne(SSL_CTX *ctx, const char *host, int port, const char *sni, bool message, bool wantInfo)
{
    Stream s(connectTo(host, port));
    smtpReply(s, '2', "connect");
    s.write("EHLO cliente.fr\r\n");
    smtpReply(s, '2', "EHLO");
    s.write("STARTTLS\r\n");
    smtpReply(s, '2', "STARTTLS");
    s.startTls(ctx, sni);
    s.write("EHLO cliente.fr\r\n");
    smtpReply(s, '2', "EHLO after STARTTLS");
    if (message) {
        s.write("MAIL FROM:<bench@cliente.fr>\r\n");
        smtpReply(s, '2', "MAIL");
        s.write("RCPT TO:<fran@servidor.edu>\r\n");
        smtpReply(s, '2', "RCPT");
        s.write("DATA\r\n");
        smtpReply(s, '3', "DATA");
        s.write("From: <bench@cliente.fr>\r\nTo: <fran@servidor.edu>\r\nSubject: tls bench\r\n\r\n"
                "One small message per TLS connection.\r\n.\r\n");
        smtpReply(s, '2', "end of data");
    }
    s.write("QUIT\r\n");
    smtpReply(s, '2', "QUIT");
    return wantInfo ? describe(s.ssl()) : std::string();
}

int smtpMain(char **argv, int argc)
{
    const char *host = argv[0];
    const int port = std::atoi(argv[1]);
    const char *sni = argv[2];
    SSL_CTX *ctx = clientContext(argv[3]);
    const int n = std::atoi(argv[4]);
    const std::string mode = argv[5];
    if (mode != "message" && mode != "handshake")
        fail("MODE must be message or handshake");
    const int procs = argc > 6 ? std::atoi(argv[6]) : 1;
    const bool message = mode == "message";

    const std::string info = smtpOne(ctx, host, port, sni, message, true); // not timed
    const double t0 = now();
    if (procs <= 1) {
        for (int i = 0; i < n; ++i)
            smtpOne(ctx, host, port, sni, message, false);
    } else {
        std::vector<pid_t> kids;
        for (int p = 0; p < procs; ++p) {
            const pid_t pid = ::fork();
            if (pid < 0)
                fail("fork");
            if (pid == 0) {
                for (int i = 0; i < n; ++i)
                    smtpOne(ctx, host, port, sni, message, false);
                std::_Exit(0);
            }
            kids.push_back(pid);
        }
        for (const pid_t pid : kids) {
            int status = 0;
            if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
                fail("a client process failed");
        }
    }
    const double secs = now() - t0;
    std::printf("%d %.6f %s\n", n * (procs > 1 ? procs : 1), secs, info.c_str());
    return 0;
}

int pop3sMain(char **argv)
{
    const char *host = argv[0];
    const int port = std::atoi(argv[1]);
    const char *sni = argv[2];
    SSL_CTX *ctx = clientContext(argv[3]);
    const std::string user = argv[4], pass = argv[5];
    const int n = std::atoi(argv[6]);

    Stream s(connectTo(host, port));
    s.startTls(ctx, sni);
    pop3Ok(s, "connect");
    s.write("USER " + user + "\r\n");
    pop3Ok(s, "USER");
    s.write("PASS " + pass + "\r\n");
    pop3Ok(s, "PASS");
    const double t0 = now();
    size_t bytes = 0;
    for (int i = 1; i <= n; ++i) {
        s.write("RETR " + std::to_string(i) + "\r\n");
        pop3Ok(s, "RETR");
        bytes += s.dotBody();
    }
    const double secs = now() - t0;
    s.write("QUIT\r\n");
    pop3Ok(s, "QUIT");
    std::printf("%d %zu %.6f %s\n", n, bytes, secs, describe(s.ssl()).c_str());
    SSL_CTX_free(ctx);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 7 && std::strcmp(argv[1], "smtp") == 0)
        return smtpMain(argv + 2, argc - 2);
    if (argc == 9 && std::strcmp(argv[1], "pop3s") == 0)
        return pop3sMain(argv + 2);
    std::fprintf(stderr,
                 "usage: tlsclient smtp HOST PORT SNI CAFILE N message|handshake [PROCS]\n"
                 "       tlsclient pop3s HOST PORT SNI CAFILE USER PASS N\n");
    return 2;
}
