// SPDX-License-Identifier: GPL-3.0-or-later
// The netlog self-check: makes exactly the calls libmailtriage_netlog.so must see (a name lookup of
// "localhost" and a TCP connection to a listening socket of its own on 127.0.0.1) and one it must not
// report (an AF_UNIX connection attempt). Nothing leaves the machine. Exit status 0 when every call
// behaved as expected.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    struct addrinfo* res = NULL;
    if (getaddrinfo("localhost", "9", &hints, &res) == 0)
        freeaddrinfo(res);

    const int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (server < 0 || bind(server, (struct sockaddr*)&addr, sizeof addr) != 0 || listen(server, 1) != 0
        || getsockname(server, (struct sockaddr*)&addr, &len) != 0) {
        perror("netlog_probe: listen");
        return 1;
    }
    const int client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (client < 0 || connect(client, (struct sockaddr*)&addr, sizeof addr) != 0) {
        perror("netlog_probe: connect");
        return 1;
    }
    printf("connected to 127.0.0.1:%u\n", (unsigned)ntohs(addr.sin_port));
    close(client);
    close(server);

    const int local = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    un.sun_family = AF_UNIX;
    memcpy(un.sun_path + 1, "mailtriage-netlog-probe", 23); // abstract name nobody listens on
    if (local >= 0) {
        (void)connect(local, (struct sockaddr*)&un, (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 24));
        close(local);
    }
    return 0;
}
