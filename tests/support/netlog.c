// SPDX-License-Identifier: GPL-3.0-or-later
// libmailtriage_netlog.so: an LD_PRELOAD library for the "no network, ever" tests (docs/architecture.md).
// It interposes every libc entry point that resolves a name or sends to a network peer and writes one
// line per call to the file named by MAILTRIAGE_NETLOG (stderr when unset), then lets the call through
// unchanged: DNS (getaddrinfo, getaddrinfo_a, gethostbyname*, gethostbyaddr*, getnameinfo, res_* and
// their __res_* aliases) and sockets (connect, sendto, sendmsg, sendmmsg to anything but a local
// AF_UNIX or AF_NETLINK address). A test reads the file: empty means no lookup and no connection.
// MAILTRIAGE_NETLOG_ANNOUNCE=1 adds a "loaded" line per process, to show that the preload is there.
// Calls made inside libc itself (getaddrinfo's own DNS packets) are not seen; the lookup that made
// them is. Linux/glibc only.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef AF_NETLINK
#define AF_NETLINK 16
#endif

#define NETLOG_EXPORT __attribute__((visibility("default")))

/// Lets a process find out whether this library is loaded (dlsym(RTLD_DEFAULT, ...)).
NETLOG_EXPORT int mailtriage_netlog_active(void)
{
    return 1;
}

/// The next definition of @p name (libc's); memcpy avoids the object-to-function pointer cast
/// ISO C frowns upon.
#define NETLOG_REAL(type, var, name)                                                                                   \
    static type var = NULL;                                                                                            \
    if (!var) {                                                                                                        \
        void* p_ = dlsym(RTLD_NEXT, name);                                                                             \
        memcpy(&var, &p_, sizeof var);                                                                                 \
    }

__attribute__((format(printf, 1, 2))) static void netlog(const char* format, ...)
{
    const int saved = errno;
    char line[1024];
    const size_t room = sizeof line - 1; // one byte kept for the line break
    int n = snprintf(line, room, "%s[%ld] ", program_invocation_short_name, (long)getpid());
    if (n < 0 || (size_t)n >= room)
        n = 0;
    va_list ap;
    va_start(ap, format);
    const int m = vsnprintf(line + n, room - (size_t)n, format, ap);
    va_end(ap);
    if (m > 0)
        n += (size_t)m < room - (size_t)n ? m : (int)(room - (size_t)n - 1);
    line[n++] = '\n';
    const char* path = getenv("MAILTRIAGE_NETLOG");
    int fd = 2;
    if (path && *path)
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        const ssize_t w = write(fd, line, (size_t)n);
        (void)w;
        if (fd != 2)
            close(fd);
    }
    errno = saved;
}

/// With MAILTRIAGE_NETLOG_ANNOUNCE=1 every process the library is loaded into says so once: the
/// self-checks use it to see that the preload reaches child processes (the parsing workers).
__attribute__((constructor)) static void netlog_announce(void)
{
    const char* announce = getenv("MAILTRIAGE_NETLOG_ANNOUNCE");
    if (announce && announce[0] == '1')
        netlog("loaded");
}

static const char* str(const char* s)
{
    return s ? s : "(null)";
}

/// Writes "AF_INET 192.0.2.1:80" to @p out; 0 for local addresses (AF_UNIX, AF_NETLINK), which
/// are no network traffic.
static int describe(const struct sockaddr* addr, socklen_t len, char* out, size_t size)
{
    if (!addr || len < (socklen_t)sizeof(sa_family_t)) {
        snprintf(out, size, "(no address)");
        return 1;
    }
    char host[INET6_ADDRSTRLEN] = "?";
    switch (addr->sa_family) {
    case AF_UNIX:
    case AF_NETLINK:
        return 0;
    case AF_INET: {
        struct sockaddr_in in;
        memset(&in, 0, sizeof in);
        memcpy(&in, addr, len < (socklen_t)sizeof in ? (size_t)len : sizeof in);
        inet_ntop(AF_INET, &in.sin_addr, host, sizeof host);
        snprintf(out, size, "AF_INET %s:%u", host, (unsigned)ntohs(in.sin_port));
        return 1;
    }
    case AF_INET6: {
        struct sockaddr_in6 in6;
        memset(&in6, 0, sizeof in6);
        memcpy(&in6, addr, len < (socklen_t)sizeof in6 ? (size_t)len : sizeof in6);
        inet_ntop(AF_INET6, &in6.sin6_addr, host, sizeof host);
        snprintf(out, size, "AF_INET6 [%s]:%u", host, (unsigned)ntohs(in6.sin6_port));
        return 1;
    }
    default:
        snprintf(out, size, "family %d", (int)addr->sa_family);
        return 1;
    }
}

// ---- Names ---------------------------------------------------------------------------------------

NETLOG_EXPORT int getaddrinfo(
    const char* node, const char* service, const struct addrinfo* hints, struct addrinfo** res)
{
    NETLOG_REAL(__typeof__(&getaddrinfo), real, "getaddrinfo")
    netlog("getaddrinfo %s %s", str(node), str(service));
    return real ? real(node, service, hints, res) : EAI_FAIL;
}

NETLOG_EXPORT int getaddrinfo_a(int mode, struct gaicb* list[], int nitems, struct sigevent* sevp)
{
    NETLOG_REAL(__typeof__(&getaddrinfo_a), real, "getaddrinfo_a")
    netlog("getaddrinfo_a %d request(s)", nitems);
    return real ? real(mode, list, nitems, sevp) : EAI_SYSTEM;
}

NETLOG_EXPORT int getnameinfo(const struct sockaddr* addr, socklen_t addrlen, char* host, socklen_t hostlen, char* serv,
    socklen_t servlen, int flags)
{
    NETLOG_REAL(__typeof__(&getnameinfo), real, "getnameinfo")
    char what[128];
    if (!describe(addr, addrlen, what, sizeof what))
        snprintf(what, sizeof what, "(local address)");
    netlog("getnameinfo %s", what);
    return real ? real(addr, addrlen, host, hostlen, serv, servlen, flags) : EAI_FAIL;
}

NETLOG_EXPORT struct hostent* gethostbyname(const char* name)
{
    NETLOG_REAL(__typeof__(&gethostbyname), real, "gethostbyname")
    netlog("gethostbyname %s", str(name));
    return real ? real(name) : NULL;
}

NETLOG_EXPORT struct hostent* gethostbyname2(const char* name, int af)
{
    NETLOG_REAL(__typeof__(&gethostbyname2), real, "gethostbyname2")
    netlog("gethostbyname2 %s %d", str(name), af);
    return real ? real(name, af) : NULL;
}

NETLOG_EXPORT int gethostbyname_r(
    const char* name, struct hostent* ret, char* buf, size_t buflen, struct hostent** result, int* h_errnop)
{
    NETLOG_REAL(__typeof__(&gethostbyname_r), real, "gethostbyname_r")
    netlog("gethostbyname_r %s", str(name));
    return real ? real(name, ret, buf, buflen, result, h_errnop) : ENOENT;
}

NETLOG_EXPORT int gethostbyname2_r(
    const char* name, int af, struct hostent* ret, char* buf, size_t buflen, struct hostent** result, int* h_errnop)
{
    NETLOG_REAL(__typeof__(&gethostbyname2_r), real, "gethostbyname2_r")
    netlog("gethostbyname2_r %s %d", str(name), af);
    return real ? real(name, af, ret, buf, buflen, result, h_errnop) : ENOENT;
}

NETLOG_EXPORT struct hostent* gethostbyaddr(const void* addr, socklen_t len, int type)
{
    NETLOG_REAL(__typeof__(&gethostbyaddr), real, "gethostbyaddr")
    netlog("gethostbyaddr type %d", type);
    return real ? real(addr, len, type) : NULL;
}

NETLOG_EXPORT int gethostbyaddr_r(const void* addr, socklen_t len, int type, struct hostent* ret, char* buf,
    size_t buflen, struct hostent** result, int* h_errnop)
{
    NETLOG_REAL(__typeof__(&gethostbyaddr_r), real, "gethostbyaddr_r")
    netlog("gethostbyaddr_r type %d", type);
    return real ? real(addr, len, type, ret, buf, buflen, result, h_errnop) : ENOENT;
}

// The resolver: res_query & co. and the __res_* names <resolv.h> maps them to (not included here, so
// that its macros stay out of the way); res_n* take a res_state, passed through as an opaque pointer.
typedef int (*netlog_res_query_fn)(const char*, int, int, unsigned char*, int);
typedef int (*netlog_res_nquery_fn)(void*, const char*, int, int, unsigned char*, int);
typedef int (*netlog_res_querydomain_fn)(const char*, const char*, int, int, unsigned char*, int);
typedef int (*netlog_res_nquerydomain_fn)(void*, const char*, const char*, int, int, unsigned char*, int);
typedef int (*netlog_res_send_fn)(const unsigned char*, int, unsigned char*, int);
typedef int (*netlog_res_nsend_fn)(void*, const unsigned char*, int, unsigned char*, int);

#define NETLOG_RES_QUERY(fname)                                                                                        \
    NETLOG_EXPORT int fname(const char* dname, int klass, int type, unsigned char* answer, int anslen);                \
    int fname(const char* dname, int klass, int type, unsigned char* answer, int anslen)                               \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_query_fn, real, #fname)                                                                 \
        netlog(#fname " %s type %d", str(dname), type);                                                                \
        return real ? real(dname, klass, type, answer, anslen) : -1;                                                   \
    }
#define NETLOG_RES_NQUERY(fname)                                                                                       \
    NETLOG_EXPORT int fname(void* state, const char* dname, int klass, int type, unsigned char* answer, int anslen);   \
    int fname(void* state, const char* dname, int klass, int type, unsigned char* answer, int anslen)                  \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_nquery_fn, real, #fname)                                                                \
        netlog(#fname " %s type %d", str(dname), type);                                                                \
        return real ? real(state, dname, klass, type, answer, anslen) : -1;                                            \
    }
#define NETLOG_RES_QUERYDOMAIN(fname)                                                                                  \
    NETLOG_EXPORT int fname(                                                                                           \
        const char* name, const char* domain, int klass, int type, unsigned char* answer, int anslen);                 \
    int fname(const char* name, const char* domain, int klass, int type, unsigned char* answer, int anslen)            \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_querydomain_fn, real, #fname)                                                           \
        netlog(#fname " %s %s type %d", str(name), str(domain), type);                                                 \
        return real ? real(name, domain, klass, type, answer, anslen) : -1;                                            \
    }
#define NETLOG_RES_NQUERYDOMAIN(fname)                                                                                 \
    NETLOG_EXPORT int fname(                                                                                           \
        void* state, const char* name, const char* domain, int klass, int type, unsigned char* answer, int anslen);    \
    int fname(                                                                                                         \
        void* state, const char* name, const char* domain, int klass, int type, unsigned char* answer, int anslen)     \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_nquerydomain_fn, real, #fname)                                                          \
        netlog(#fname " %s %s type %d", str(name), str(domain), type);                                                 \
        return real ? real(state, name, domain, klass, type, answer, anslen) : -1;                                     \
    }
#define NETLOG_RES_SEND(fname)                                                                                         \
    NETLOG_EXPORT int fname(const unsigned char* msg, int msglen, unsigned char* answer, int anslen);                  \
    int fname(const unsigned char* msg, int msglen, unsigned char* answer, int anslen)                                 \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_send_fn, real, #fname)                                                                  \
        netlog(#fname " %d bytes", msglen);                                                                            \
        return real ? real(msg, msglen, answer, anslen) : -1;                                                          \
    }
#define NETLOG_RES_NSEND(fname)                                                                                        \
    NETLOG_EXPORT int fname(void* state, const unsigned char* msg, int msglen, unsigned char* answer, int anslen);     \
    int fname(void* state, const unsigned char* msg, int msglen, unsigned char* answer, int anslen)                    \
    {                                                                                                                  \
        NETLOG_REAL(netlog_res_nsend_fn, real, #fname)                                                                 \
        netlog(#fname " %d bytes", msglen);                                                                            \
        return real ? real(state, msg, msglen, answer, anslen) : -1;                                                   \
    }

NETLOG_RES_QUERY(res_query)
NETLOG_RES_QUERY(res_search)
NETLOG_RES_QUERY(__res_query)
NETLOG_RES_QUERY(__res_search)
NETLOG_RES_NQUERY(res_nquery)
NETLOG_RES_NQUERY(res_nsearch)
NETLOG_RES_NQUERY(__res_nquery)
NETLOG_RES_NQUERY(__res_nsearch)
NETLOG_RES_QUERYDOMAIN(res_querydomain)
NETLOG_RES_QUERYDOMAIN(__res_querydomain)
NETLOG_RES_NQUERYDOMAIN(res_nquerydomain)
NETLOG_RES_NQUERYDOMAIN(__res_nquerydomain)
NETLOG_RES_SEND(res_send)
NETLOG_RES_SEND(__res_send)
NETLOG_RES_NSEND(res_nsend)
NETLOG_RES_NSEND(__res_nsend)

// ---- Sockets -------------------------------------------------------------------------------------

// glibc declares connect() and sendto() with a transparent union in GNU C; the definitions match it.
#if !defined(__cplusplus) && defined(__USE_GNU) && defined(__GNUC__)
#define NETLOG_SOCKADDR(arg) ((arg).__sockaddr__)
#else
#define NETLOG_SOCKADDR(arg) (arg)
#endif

NETLOG_EXPORT int connect(int fd, __CONST_SOCKADDR_ARG arg, socklen_t len)
{
    NETLOG_REAL(__typeof__(&connect), real, "connect")
    char what[128];
    if (describe(NETLOG_SOCKADDR(arg), len, what, sizeof what))
        netlog("connect %s", what);
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(fd, arg, len);
}

NETLOG_EXPORT ssize_t sendto(int fd, const void* buf, size_t n, int flags, __CONST_SOCKADDR_ARG arg, socklen_t len)
{
    NETLOG_REAL(__typeof__(&sendto), real, "sendto")
    char what[128];
    if (NETLOG_SOCKADDR(arg) && describe(NETLOG_SOCKADDR(arg), len, what, sizeof what))
        netlog("sendto %s", what);
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(fd, buf, n, flags, arg, len);
}

NETLOG_EXPORT ssize_t sendmsg(int fd, const struct msghdr* msg, int flags)
{
    NETLOG_REAL(__typeof__(&sendmsg), real, "sendmsg")
    char what[128];
    if (msg && msg->msg_name && describe((const struct sockaddr*)msg->msg_name, msg->msg_namelen, what, sizeof what))
        netlog("sendmsg %s", what);
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(fd, msg, flags);
}

NETLOG_EXPORT int sendmmsg(int fd, struct mmsghdr* vec, unsigned int vlen, int flags)
{
    NETLOG_REAL(__typeof__(&sendmmsg), real, "sendmmsg")
    char what[128];
    for (unsigned int i = 0; vec && i < vlen; ++i) {
        const struct msghdr* msg = &vec[i].msg_hdr;
        if (msg->msg_name && describe((const struct sockaddr*)msg->msg_name, msg->msg_namelen, what, sizeof what))
            netlog("sendmmsg %s", what);
    }
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(fd, vec, vlen, flags);
}
