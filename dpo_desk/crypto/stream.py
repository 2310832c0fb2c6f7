"""The sealed-file format: AES-256-GCM in chunks, so a file of any size streams through
a fixed amount of memory and any change, truncation or extension is detected.

Layout (all integers big-endian)::

    0   8  magic  b"DPOSEAL" + version byte (1)
    8   4  plaintext bytes per chunk (1 MiB by default; at most 16 MiB)
    12  8  key id: which master key sealed the file (see ``key_id``)
    20 16  salt: the file key is HKDF(base key, "file", salt), one key per file
    36  8  nonce prefix (random)
    44  .. chunks: ciphertext + 16-byte tag; every chunk is full except the last one

Chunk ``i`` uses the nonce ``prefix || i`` (4 bytes) and, as associated data, the whole
44-byte header followed by one byte: 1 for the last chunk, 0 otherwise. So reordering,
dropping or duplicating chunks breaks a tag; cutting the file at a chunk boundary leaves a
chunk that was not sealed as "last" and fails; appending bytes makes the real last chunk
fail. An empty plaintext is one empty final chunk (16 bytes of tag).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dpo_desk.crypto.errors import DamagedError
from dpo_desk.crypto.kdf import hkdf

MAGIC = b"DPOSEAL\x01"
HEADER = struct.Struct(">8sI8s16s8s")
HEADER_SIZE = HEADER.size  # 44
TAG = 16
CHUNK = 1024 * 1024
MAX_CHUNK = 16 * 1024 * 1024
MAX_COUNTER = 2**32 - 1

#: Finds the base key for a key id (None: a key we do not hold).
KeyLookup = Callable[[bytes], "bytes | None"]


def sealed_size(plain_size: int, chunk: int = CHUNK) -> int:
    """The size of a sealed file of ``plain_size`` plaintext bytes: the header and one
    tag per chunk (an empty plaintext is one empty chunk)."""
    return HEADER_SIZE + plain_size + TAG * max(1, -(-plain_size // chunk))


def key_id(base_key: bytes) -> bytes:
    """8 public bytes naming a base key (derived, so the key itself is never revealed)."""
    return hkdf(base_key, "key-id")[:8]


class SealWriter:
    """A write-only file object: ``write()`` plaintext, ``close()`` seals the last chunk.

    It does not close ``out``: the caller fsyncs and renames it.
    """

    def __init__(self, out: BinaryIO, base_key: bytes, chunk: int = CHUNK) -> None:
        if not 0 < chunk <= MAX_CHUNK:
            raise ValueError("chunk size out of range")
        salt = os.urandom(16)
        self._prefix = os.urandom(8)
        self._header = HEADER.pack(MAGIC, chunk, key_id(base_key), salt, self._prefix)
        self._aead = AESGCM(hkdf(base_key, "file", salt))
        self._out = out
        self._chunk = chunk
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False
        self.written = 0  # plaintext bytes accepted
        out.write(self._header)

    def _emit(self, data: bytes, final: bool) -> None:
        if self._counter > MAX_COUNTER:
            raise ValueError("file too large for one sealed stream")
        nonce = self._prefix + struct.pack(">I", self._counter)
        aad = self._header + (b"\x01" if final else b"\x00")
        self._out.write(self._aead.encrypt(nonce, data, aad))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed SealWriter")
        self._buffer += data
        self.written += len(data)
        # Keep at least one byte back: the last chunk must be sealed as "last".
        while len(self._buffer) > self._chunk:
            self._emit(bytes(self._buffer[: self._chunk]), final=False)
            del self._buffer[: self._chunk]
        return len(data)

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buffer), final=True)
            self._buffer.clear()
            self._closed = True

    def flush(self) -> None:
        self._out.flush()

    def writable(self) -> bool:
        return True


def seal(chunks: Iterator[bytes], out: BinaryIO, base_key: bytes, chunk: int = CHUNK) -> int:
    writer = SealWriter(out, base_key, chunk)
    for data in chunks:
        writer.write(data)
    writer.close()
    return writer.written


def _read_exact(src: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def read_header(src: BinaryIO) -> tuple[bytes, int, bytes, bytes, bytes]:
    raw = _read_exact(src, HEADER_SIZE)
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC[:7]):
        raise DamagedError("not a sealed DPO Desk file (missing or damaged header)")
    magic, chunk, kid, salt, prefix = HEADER.unpack(raw)
    if magic != MAGIC:
        raise DamagedError("sealed with a newer format version of DPO Desk")
    if not 0 < chunk <= MAX_CHUNK:
        raise DamagedError("damaged sealed file (impossible chunk size)")
    return raw, chunk, kid, salt, prefix


def unseal(src: BinaryIO, lookup: KeyLookup) -> Iterator[bytes]:
    """Yield the plaintext chunk by chunk; raise ``DamagedError`` at the first bad byte.

    A chunk is only yielded once its tag has been checked; a truncated stream is detected
    when the end is reached, so callers that act on the data must wait for the end
    (write to a temporary file, then rename) before trusting the whole.
    """
    header, chunk, kid, salt, prefix = read_header(src)
    base = lookup(kid)
    if base is None:
        raise DamagedError("sealed with another key (not this data directory's)")
    aead = AESGCM(hkdf(base, "file", salt))
    block = chunk + TAG
    counter = 0
    current = _read_exact(src, block)
    while True:
        following = _read_exact(src, block) if len(current) == block else b""
        final = not following
        if len(current) < TAG:
            raise DamagedError("sealed file is truncated")
        nonce = prefix + struct.pack(">I", counter)
        try:
            plain = aead.decrypt(nonce, current, header + (b"\x01" if final else b"\x00"))
        except InvalidTag:
            raise DamagedError(
                "sealed file failed its integrity check: damaged, truncated or tampered with"
            ) from None
        yield plain
        if final:
            return
        counter += 1
        current = following


class UnsealReader:
    """A read-only file object over ``unseal`` (for ``tarfile`` in stream mode)."""

    def __init__(self, src: BinaryIO, lookup: KeyLookup) -> None:
        self._chunks = unseal(src, lookup)
        self._buffer = bytearray()
        self._eof = False

    def read(self, n: int = -1) -> bytes:
        while not self._eof and (n < 0 or len(self._buffer) < n):
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                self._eof = True
        if n < 0:
            n = len(self._buffer)
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def drain(self) -> None:
        """Read to the end, so that truncation and trailing bytes are checked."""
        while self.read(CHUNK):
            pass

    def readable(self) -> bool:
        return True
