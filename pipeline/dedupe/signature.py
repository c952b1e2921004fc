"""Layer 3 keys: MinHash signatures of word shingles, cut into LSH bands.

Every posting gets a handful of 63-bit *keys*; two postings that share any key
are candidates, checked by ``verify``. The keys are:

* ``u`` the page its URL names (``text.url_key``),
* ``h`` its exact content hash,
* ``t`` its title and company (catches a full description against a snippet),
* ``b0``…``b19`` the LSH bands of a 60-value MinHash over word 3-shingles.

MinHash is computed for a whole batch at once with numpy (universal
multiply-shift hashing on uint64, ``minimum.reduceat`` per posting); shingle
hashes come from CRC-32 of the folded words, so keys are the same in every
process and every run (Python's ``hash`` is salted per process).
"""
from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence

import numpy as np

BANDS = 20
ROWS = 3
NUM_PERM = BANDS * ROWS
SHINGLE = 3
MAX_WORDS = 600  # a description past 600 words adds nothing to find candidates; verify sees all

_rng = np.random.default_rng(20261123)
_A = (_rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64).reshape(-1, 1)
_P1 = np.uint64(0x9E3779B97F4A7C15)
_P2 = np.uint64(0xC2B2AE3D27D4EB4F)
_BAND_MUL = np.array([0x100000001B3 * (i + 3) | 1 for i in range(ROWS)], dtype=np.uint64)
_MASK63 = np.uint64((1 << 63) - 1)


class _WordHashes(dict):
    """CRC-32 of each distinct word, computed once per process."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_WORD_HASH = _WordHashes()


def word_hashes(words: Sequence[str]) -> np.ndarray:
    if len(_WORD_HASH) > 2_000_000:
        _WORD_HASH.clear()
    words = words[:MAX_WORDS]
    return np.array(list(map(_WORD_HASH.__getitem__, words)), dtype=np.uint64)


def shingles(words: Sequence[str]) -> np.ndarray:
    """Distinct 64-bit hashes of the word 3-shingles (single words for very short texts)."""
    w = word_hashes(words)
    if len(w) >= SHINGLE:
        with np.errstate(over="ignore"):
            w = w[:-2] * _P1 + w[1:-1] * _P2 + w[2:]
    w = np.sort(w)
    return w[np.concatenate(([True], w[1:] != w[:-1]))] if len(w) else w


def minhash_batch(shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
    """``(len(shingle_sets), NUM_PERM)`` uint32 signatures; an empty set gives all 2**32-1."""
    out = np.full((len(shingle_sets), NUM_PERM), 0xFFFFFFFF, dtype=np.uint64)
    present = [i for i, s in enumerate(shingle_sets) if len(s)]
    if not present:
        return out.astype(np.uint32)
    # small blocks keep the (perm x shingles) matrix in cache (~4 MB): 3x faster than big ones
    start = 0
    while start < len(present):
        block, size = [], 0
        while start < len(present) and (not block or size + len(shingle_sets[present[start]]) <= 8_000):
            block.append(present[start])
            size += len(shingle_sets[present[start]])
            start += 1
        flat = np.concatenate([shingle_sets[i] for i in block])
        offsets = np.cumsum([0] + [len(shingle_sets[i]) for i in block[:-1]])
        with np.errstate(over="ignore"):
            hashed = (_A * flat[None, :] + _B) >> np.uint64(32)
        out[block] = np.minimum.reduceat(hashed, offsets, axis=1).T
    return out.astype(np.uint32)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """``(n, BANDS)`` int64 keys, one per band, different bands never colliding by design."""
    sig = signatures.astype(np.uint64).reshape(len(signatures), BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (sig * _BAND_MUL).sum(axis=2, dtype=np.uint64)
        mixed ^= np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(31)
    return (mixed & _MASK63).astype(np.int64)


def string_key(kind: str, value: str) -> int:
    """A 63-bit key for an exact value (URL, content hash, title+company)."""
    digest = hashlib.blake2b(f"{kind}\x1f{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ((1 << 63) - 1)
