"""TLS for old portals: TLS 1.0 and weak keys, for the hosts that need them.

Many .gov.vn portals run on old IIS/Java stacks: TLS 1.0 only, 1024-bit keys,
SHA-1.  OpenSSL 3 refuses them at its default security level; Scrapy already
allows legacy renegotiation (OP_LEGACY_SERVER_CONNECT) but cannot lower the
level: Twisted rebuilds DOWNLOADER_CLIENT_TLS_CIPHERS from cipher names and
drops "@SECLEVEL=0".  This factory sets it on the OpenSSL context itself, only
for hosts matching PORTAL_ARCHIVE_LEGACY_TLS_HOSTS (suffixes); other hosts get
Scrapy's normal context.  (Scrapy does not verify certificates either way.)

Wired through DOWNLOADER_CLIENTCONTEXTFACTORY, which Scrapy 2.19 still honours
(with a deprecation warning); it builds on Scrapy's private factory classes, so
check this module when upgrading Scrapy.
"""
from __future__ import annotations

from typing import Any

from OpenSSL import SSL
from twisted.internet.ssl import TLSVersion
from scrapy.core.downloader.contextfactory import _ScrapyCertificateOptions, _ScrapyClientContextFactory

LEGACY_CIPHERS = b"DEFAULT:@SECLEVEL=0"


class _LegacyCertificateOptions(_ScrapyCertificateOptions):
    def _makeContext(self, *args: Any, **kwargs: Any) -> SSL.Context:
        ctx = super()._makeContext(*args, **kwargs)
        ctx.set_cipher_list(LEGACY_CIPHERS)
        return ctx


class LegacyTLSContextFactory(_ScrapyClientContextFactory):
    """Scrapy's context factory, with a low-security context for legacy hosts."""

    legacy_hosts: tuple[str, ...] = ()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "LegacyTLSContextFactory":
        factory = super().from_crawler(crawler, *args, **kwargs)
        factory.legacy_hosts = tuple(h.lower().lstrip("*") for h in crawler.settings.getlist("PORTAL_ARCHIVE_LEGACY_TLS_HOSTS"))
        return factory

    def is_legacy(self, hostname: str) -> bool:
        host = hostname.lower().rstrip(".")
        return any(host == h.lstrip(".") or host.endswith(h if h.startswith(".") else "." + h) for h in self.legacy_hosts)

    def creatorForNetloc(self, hostname: bytes, port: int) -> Any:
        self._legacy = self.is_legacy(hostname.decode("ascii"))
        try:
            return super().creatorForNetloc(hostname, port)
        finally:
            self._legacy = False

    def _get_cert_options(self) -> Any:
        if getattr(self, "_legacy", False):
            kwargs = self._get_cert_options_kwargs()
            for key in ("method", "raiseMinimumTo", "lowerMaximumSecurityTo"):
                kwargs.pop(key, None)
            kwargs["insecurelyLowerMinimumTo"] = TLSVersion.TLSv1_0  # Twisted's floor is TLS 1.2
            return _LegacyCertificateOptions(**kwargs)
        return super()._get_cert_options()
