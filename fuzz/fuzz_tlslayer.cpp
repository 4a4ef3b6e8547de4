// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_tlslayer.cpp — a TlsLayer fed whatever arrives where TLS records should.
//
// Input: see fuzzsupport.h; the stream is what the peer sends on the wire.
// Options: bit 0 the layer is a client (it starts with its ClientHello and
// reads what a server would answer), else a server reading a client.
// Checked besides the sanitizers: every record the layer makes is whole (a
// 5-octet header whose length is what follows), nothing is made after the
// session failed, no plaintext comes out before the handshake is done, and a
// failed session stays failed.
#include "fuzzsupport.h"
#include "tls/tlslayer.h"

namespace {
// A throwaway self-signed P-256 certificate and its key, for this harness only.
const char certificatePem[] = "-----BEGIN CERTIFICATE-----\n"
                              "MIIBnjCCAUSgAwIBAgIUAJC30gkKbC/mkrBM9a3oaASFgEEwCgYIKoZIzj0EAwIw\n"
                              "FzEVMBMGA1UEAwwMc2Vydmlkb3IuZWR1MCAXDTI2MTIwMjAzMTY1MFoYDzIxMjYx\n"
                              "MTA4MDMxNjUwWjAXMRUwEwYDVQQDDAxzZXJ2aWRvci5lZHUwWTATBgcqhkjOPQIB\n"
                              "BggqhkjOPQMBBwNCAATrSEzVBmZNIyeycQSNq3Owa5SggJDwLpqNQQ0X7rpH1NiM\n"
                              "YMDvpRJaXE8uMpZdtci5a/d79jkOLQyzUDxyI79Go2wwajAdBgNVHQ4EFgQUqW9h\n"
                              "xPH3vHgaBnJBRMJKKiMmAS8wHwYDVR0jBBgwFoAUqW9hxPH3vHgaBnJBRMJKKiMm\n"
                              "AS8wDwYDVR0TAQH/BAUwAwEB/zAXBgNVHREEEDAOggxzZXJ2aWRvci5lZHUwCgYI\n"
                              "KoZIzj0EAwIDSAAwRQIhAMgLNS4jCscuf6E5+N7Y76UV7LARLYXtGlXtOFJ2fhMK\n"
                              "AiBuJW1LCtfaeW3QFyNJbXNnmuXKbZe4wuALxQoWui08/w==\n"
                              "-----END CERTIFICATE-----\n";
const char keyPem[] = "-----BEGIN PRIVATE KEY-----\n"
                      "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgHlGC/8KPLyOknn4h\n"
                      "eKUeuWP6ffR1aUiHgxtcux65eEihRANCAATrSEzVBmZNIyeycQSNq3Owa5SggJDw\n"
                      "LpqNQQ0X7rpH1NiMYMDvpRJaXE8uMpZdtci5a/d79jkOLQyzUDxyI79G\n"
                      "-----END PRIVATE KEY-----\n";

std::shared_ptr<TlsContext> serverContext()
{
    static const std::shared_ptr<TlsContext> context = TlsContext::serverFromPem(QByteArray(certificatePem),
                                                                                 QByteArray(keyPem), nullptr);
    return context;
}

std::shared_ptr<TlsContext> clientContext()
{
    static const std::shared_ptr<TlsContext> context = TlsContext::clientFromPem(QByteArray(certificatePem),
                                                                                 nullptr);
    return context;
}

void checkRecords(const QList<TlsRecord> &records)
{
    for (const TlsRecord &record : records) {
        FUZZ_CHECK(record.bytes.size() >= 5);
        const int length = (uchar(record.bytes.at(3)) << 8) | uchar(record.bytes.at(4));
        FUZZ_CHECK(record.bytes.size() == 5 + length);
        FUZZ_CHECK(length <= TlsLayer::recordLimit + 256);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    const bool client = input.options & 0x01;
    FUZZ_CHECK(serverContext() && clientContext());
    std::unique_ptr<TlsLayer> layer = client
        ? std::make_unique<TlsLayer>(clientContext(),
                                     TlsLayer::ClientOptions{QStringLiteral("servidor.edu"), true})
        : std::make_unique<TlsLayer>(serverContext());
    if (client) {
        layer->start();
        checkRecords(layer->takeRecords());
    }
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    bool failed = false;
    for (qsizetype at = 0; at < input.stream.size(); at += step) {
        const bool ok = layer->receive(input.stream.mid(at, step));
        FUZZ_CHECK(ok == !layer->hasFailed());
        if (failed)
            FUZZ_CHECK(!ok); // failed stays failed
        const QList<TlsRecord> made = layer->takeRecords();
        checkRecords(made);
        checkRecords(layer->takeReceivedRecords());
        if (failed)
            FUZZ_CHECK(made.isEmpty());
        if (!layer->isEstablished())
            FUZZ_CHECK(layer->takePlaintext().isEmpty());
        else
            layer->takePlaintext();
        failed = failed || !ok;
    }
    if (layer->isEstablished() && !layer->hasFailed()) {
        FUZZ_CHECK(layer->encrypt("+OK\r\n"));
        checkRecords(layer->takeRecords());
    }
    return 0;
}
