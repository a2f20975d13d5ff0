"""What a crawl may touch: http(s) only, the portal's own host and port, public addresses.

A link on a portal page, a sitemap entry or a redirect can point anywhere:
`file:///etc/passwd`, another port of the portal's host, an address inside the
operator's network.  A request is in scope only when its scheme is http or
https, its host is the portal's (www or not) and its port one the portal was
given on, and every address its host resolves to is public.  Loopback and
private targets are refused unless the operator allows them
(`PORTAL_ARCHIVE_ALLOW_PRIVATE=1`, as a setting or an environment variable),
which the tests and the demo do, since their portals live on 127.0.0.x.

The address check resolves names itself, before Twisted connects; a DNS answer
that changes between the two (rebinding) is not caught here.
"""
from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any, Iterable
from urllib.parse import urlsplit

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


def allow_private(settings: Any = None) -> bool:
    """Has the operator allowed loopback and private targets?"""
    if os.environ.get("PORTAL_ARCHIVE_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes"):
        return True
    return bool(settings is not None and settings.getbool("PORTAL_ARCHIVE_ALLOW_PRIVATE"))


def port_of(url: str) -> int | None:
    parts = urlsplit(url)
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return None


def portal_ports(urls: Iterable[str]) -> set[int]:
    """The ports a portal was given on; one on a default port may use both 80 and 443
    (portals answer on http and https)."""
    ports: set[int] = set()
    for url in urls:
        port = port_of(url)
        if port in DEFAULT_PORTS.values():
            ports |= set(DEFAULT_PORTS.values())
        elif port is not None:
            ports.add(port)
    return ports


def scheme_refusal(url: str) -> str | None:
    scheme = urlsplit(url).scheme.lower()
    return None if scheme in SCHEMES else f"scheme {scheme or '(none)'} is not crawled"


def is_public(address: str) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, multicast, reserved)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str) -> list[str]:
    """Every address a host name resolves to (blocking: call it off the reactor)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return [host.strip("[]")]
    except ValueError:
        pass
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})


def address_refusal(host: str) -> str | None:
    """Why a host may not be fetched (it resolves to a non-public address), or None."""
    try:
        addresses = resolve(host)
    except OSError:
        return None  # unresolvable: the download fails with the DNS error, recorded as such
    bad = [a for a in addresses if not is_public(a)]
    if bad:
        return (f"{host} resolves to the non-public address {bad[0]}; "
                "set PORTAL_ARCHIVE_ALLOW_PRIVATE=1 to crawl such targets")
    return None
