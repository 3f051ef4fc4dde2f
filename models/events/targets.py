"""Where a webhook may be sent: only to public addresses, checked after DNS, at registration and
again right before each delivery.

A partner chooses the URL and reads each attempt's outcome, so without this check a webhook is a
port scanner of the server's own network (`http://127.0.0.1:6379/`, the cloud metadata service
at `http://169.254.169.254/`). A target is refused when any address its host resolves to is
loopback, private, link-local, multicast, unspecified, reserved, shared (carrier-grade NAT) or
otherwise not globally routable, in IPv4 or IPv6; an IPv6 address that carries an IPv4 address
(IPv4-mapped, NAT64, 6to4, Teredo) is judged by that IPv4 address too.

Checking at registration is not enough: a name can resolve to a public address when registered
and to 127.0.0.1 when delivered (DNS rebinding). `pin()` resolves and checks right before a
delivery and names the address the connection must use: the sender connects to that address,
with the original host kept in the `Host` header and as the TLS server name (SNI, and the name
the certificate is verified against), so no second lookup can substitute another address.

Hosts named in `settings.webhook_allowed_hosts` (development, tests) skip the checks and are
reached as the URL says.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from models.errors import ValidationFailed
from models.events.errors import EventsErrorCode

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

RESOLVE_TIMEOUT_SECONDS = 5.0  # a resolver that hangs must not hold a request or an actor
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")


class Refusal(StrEnum):
    """Why a target address is not one a webhook may reach."""

    LOOPBACK = "loopback"
    PRIVATE = "private"
    LINK_LOCAL = "link_local"
    MULTICAST = "multicast"
    UNSPECIFIED = "unspecified"
    RESERVED = "reserved"
    UNRESOLVABLE = "unresolvable"  # the host has no address (or DNS failed)


class TargetRefused(ValidationFailed):
    """The URL's host is, or resolves to, an address webhooks may not reach."""

    code = EventsErrorCode.WEBHOOK_TARGET_REFUSED

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal
        message = ("the URL's host does not resolve" if refusal is Refusal.UNRESOLVABLE else
                   f"the URL's host is or resolves to a {refusal.value.replace('_', '-')} "
                   "address; webhooks reach only public addresses")
        super().__init__(message=message, field="url")


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the operating system's resolver gives for `host`."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


# The seam for tests, as `webhooks.transport`: no test may ask real DNS.
resolver: Resolver = system_resolver


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries, which a gateway may connect to."""
    found = [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
    if address.teredo is not None:
        found += list(address.teredo)
    if address in _NAT64:
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def _judge_one(address: Address) -> Refusal | None:
    if address.is_unspecified:
        return Refusal.UNSPECIFIED
    if address.is_loopback:
        return Refusal.LOOPBACK
    if address.is_link_local:
        return Refusal.LINK_LOCAL
    if address.is_multicast:
        return Refusal.MULTICAST
    if address.is_reserved:
        return Refusal.RESERVED
    if address.is_private or (isinstance(address, ipaddress.IPv4Address)
                              and address in _SHARED):
        return Refusal.PRIVATE
    if not address.is_global:  # anything else not routed on the internet
        return Refusal.RESERVED
    return None


def judge(address: Address) -> Refusal | None:
    """Why a webhook may not reach `address`, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        for inner in _embedded_ipv4(address):
            refusal = _judge_one(inner)
            if refusal is not None:
                return refusal
        if address.ipv4_mapped is not None:  # judged by its IPv4 address alone
            return None
    return _judge_one(address)


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


@dataclass(slots=True, frozen=True)
class Target:
    """Where to connect for a URL: `address` is None when the host is allowed by name (connect
    as the URL says); otherwise the checked address to connect to instead of resolving again."""

    url: str
    host: str
    port: int
    address: Address | None

    def pinned_url(self) -> str:
        """The URL with its host replaced by the checked address (the path and query kept)."""
        if self.address is None:
            return self.url
        parts = urlsplit(self.url)
        literal = f"[{self.address}]" if self.address.version == 6 else str(self.address)
        netloc = literal if parts.port is None else f"{literal}:{parts.port}"
        return parts._replace(netloc=netloc).geturl()

    def host_header(self) -> str:
        parts = urlsplit(self.url)
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if parts.port is None else f"{host}:{parts.port}"


def _allowed(host: str, allowed_hosts: Collection[str]) -> bool:
    return host.lower().rstrip(".") in {h.lower().rstrip(".") for h in allowed_hosts}


async def pin(url: str, allowed_hosts: Collection[str] = ()) -> Target:
    """Resolve the URL's host and check every address; the first one to connect to. Raises
    `TargetRefused` when any address is not public, or when there is none. The URL is one
    `create_endpoint` accepted (http or https, with a host)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # a port out of range
        raise ValidationFailed(EventsErrorCode.INVALID_URL, "the URL's port is out of range",
                               field="url") from None
    if _allowed(host, allowed_hosts):
        return Target(url, host, port, None)
    literal = _literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            found = await asyncio.wait_for(resolver(host, port), RESOLVE_TIMEOUT_SECONDS)
        except (OSError, UnicodeError, TimeoutError):
            found = []
        addresses = [a for a in map(_literal, found) if a is not None]
    if not addresses:
        raise TargetRefused(Refusal.UNRESOLVABLE)
    for address in addresses:
        refusal = judge(address)
        if refusal is not None:
            raise TargetRefused(refusal)
    return Target(url, host, port, addresses[0])
