"""Build Outlook .msg files for tests, from the project's own words.

No Python library writes .msg files (extract-msg and olefile only read them), so this
module writes one from the two published specifications it needs:

- [MS-CFB], the Compound File Binary format (an OLE file: a little FAT file system of
  storages and streams in 512-byte sectors, small streams in a "mini stream" of 64-byte
  sectors);
- [MS-OXMSG], how a message lies in it: each property a stream `__substg1.0_<id><type>`
  (strings as UTF-16LE, type 001F; binary, type 0102), fixed-size properties in the
  `__properties_version1.0` stream, each attachment a storage `__attach_version1.0_#N`.

Only what a reader needs is written: subject, sender, the transport headers (From, Date,
Subject), a plain-text and optionally an HTML body, and attachments by value (a file name
and its bytes) or an embedded message (a .msg attached to the .msg). It is a test fixture
writer, not a general one: version 3 files, fewer than 109 FAT sectors (about 7 MB).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
MINI_CUTOFF = 4096
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
STORAGE, STREAM, ROOT = 1, 2, 5


@dataclass
class Node:
    """A storage (children) or a stream (data) of the compound file."""

    name: str
    data: bytes | None = None
    children: list["Node"] = field(default_factory=list)

    def add(self, name: str, data: bytes | None = None) -> "Node":
        child = Node(name, data)
        self.children.append(child)
        return child


def _key(node: Node) -> tuple[int, str]:
    return len(node.name), node.name.upper()  # [MS-CFB] 2.6.4: shorter names sort first


def write_cfb(root: Node) -> bytes:
    """The bytes of a compound file holding `root`'s storages and streams."""
    entries: list[tuple[Node, int]] = []  # (node, type) in directory order

    def number(node: Node, kind: int) -> None:
        entries.append((node, kind))
        for child in node.children:
            number(child, STREAM if child.data is not None else STORAGE)

    number(root, ROOT)
    index = {id(node): i for i, (node, _) in enumerate(entries)}

    def tree(children: list[Node]) -> int:
        """A balanced binary search tree of siblings; returns its top entry's number."""
        if not children:
            return NOSTREAM
        middle = len(children) // 2
        top = children[middle]
        links[index[id(top)]][0] = tree(children[:middle])
        links[index[id(top)]][1] = tree(children[middle + 1:])
        return index[id(top)]

    links = [[NOSTREAM, NOSTREAM, NOSTREAM] for _ in entries]  # left, right, child
    for i, (node, kind) in enumerate(entries):
        if kind != STREAM:
            links[i][2] = tree(sorted(node.children, key=_key))

    # The mini stream: every stream under the cutoff, in 64-byte sectors.
    mini_data, mini_fat, starts = bytearray(), [], {}
    big = []
    for node, kind in entries:
        if kind != STREAM:
            continue
        if len(node.data) < MINI_CUTOFF:
            count = -(-len(node.data) // MINI)
            starts[id(node)] = len(mini_fat) if count else END
            mini_fat += [len(mini_fat) + k + 1 for k in range(count - 1)] + ([END] if count else [])
            mini_data += node.data + b"\0" * (count * MINI - len(node.data))
        else:
            big.append(node)

    def sectors_for(size: int) -> int:
        return -(-size // SECTOR)

    dir_bytes = len(entries) * 128
    parts = [("dir", sectors_for(dir_bytes)), ("minifat", sectors_for(len(mini_fat) * 4)),
             ("ministream", sectors_for(len(mini_data)))] + \
            [(id(node), sectors_for(len(node.data))) for node in big]
    body = sum(n for _, n in parts)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < body + fat_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109, "fixture too large for this writer"
    fat = [FATSECT] * fat_sectors
    first = {}
    for name, count in parts:
        first[name] = len(fat) if count else END
        fat += [len(fat) + k + 1 for k in range(count - 1)] + ([END] if count else [])
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))

    def entry(i: int, node: Node, kind: int) -> bytes:
        name = node.name.encode("utf-16-le") + b"\0\0"
        if kind == ROOT:
            start, size = first["ministream"], len(mini_data)
        elif kind == STREAM:
            start = starts.get(id(node), first.get(id(node), END))
            size = len(node.data)
        else:
            start, size = 0, 0
        left, right, child = links[i]
        return (name.ljust(64, b"\0") + struct.pack("<HBB3I", len(name), kind, 1, left, right, child)
                + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16 + struct.pack("<IQ", start, size))

    directory = b"".join(entry(i, node, kind) for i, (node, kind) in enumerate(entries))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIII", 0, fat_sectors, first["dir"], 0, MINI_CUTOFF,
                            first["minifat"], sectors_for(len(mini_fat) * 4), END)
              + struct.pack("<I", 0))  # no DIFAT sectors
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = header[:0x4C] + struct.pack("<109I", *difat)

    def padded(data: bytes, count: int) -> bytes:
        return data + b"\0" * (count * SECTOR - len(data))

    out = [header, struct.pack(f"<{len(fat)}I", *fat)]
    for name, count in parts:
        if name == "dir":
            out.append(padded(directory, count))
        elif name == "minifat":
            mf = mini_fat + [FREE] * (count * SECTOR // 4 - len(mini_fat))
            out.append(struct.pack(f"<{len(mf)}I", *mf))
        elif name == "ministream":
            out.append(padded(bytes(mini_data), count))
        else:
            node = next(n for n in big if id(n) == name)
            out.append(padded(node.data, count))
    return b"".join(out)


# --- Messages ---------------------------------------------------------------------------

PT_UNICODE, PT_BINARY, PT_LONG, PT_OBJECT = 0x001F, 0x0102, 0x0003, 0x000D
SUBJECT, MESSAGE_CLASS, HEADERS, BODY, HTML = 0x0037, 0x001A, 0x007D, 0x1000, 0x1013
SENDER_NAME, SENDER_EMAIL = 0x0C1A, 0x0C1F
ATTACH_DATA, ATTACH_FILENAME, ATTACH_LONG_FILENAME, ATTACH_METHOD = 0x3701, 0x3704, 0x3707, 0x3705
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5


def _stream_name(prop: int, kind: int) -> str:
    return f"__substg1.0_{prop:04X}{kind:04X}"


def _properties(fixed: dict[int, tuple[int, int]], variable: dict[tuple[int, int], int],
                header: bytes) -> bytes:
    """The `__properties_version1.0` stream: a header, then one 16-byte entry a property."""
    rows = []
    for (prop, kind), size in variable.items():
        rows.append(struct.pack("<HHIII", kind, prop, 6, size, 0))
    for prop, (kind, value) in fixed.items():
        rows.append(struct.pack("<HHIQ", kind, prop, 6, value))
    return header + b"".join(rows)


def _fill_message(storage: Node, subject: str, sender: str, date: str, body: str,
                  html: str | None, attachments: list, top: bool) -> None:
    strings = {SUBJECT: subject, MESSAGE_CLASS: "IPM.Note", BODY: body,
               SENDER_NAME: sender.split("<")[0].strip() or sender,
               SENDER_EMAIL: sender.split("<")[-1].rstrip(">"),
               HEADERS: f"From: {sender}\r\nDate: {date}\r\nSubject: {subject}\r\n"
                        "MIME-Version: 1.0\r\n\r\n"}
    variable = {}
    for prop, text in strings.items():
        data = text.encode("utf-16-le")
        storage.add(_stream_name(prop, PT_UNICODE), data)
        variable[(prop, PT_UNICODE)] = len(data) + 2
    if html is not None:
        data = html.encode("utf-8")
        storage.add(_stream_name(HTML, PT_BINARY), data)
        variable[(HTML, PT_BINARY)] = len(data)
    for number, attachment in enumerate(attachments):
        _add_attachment(storage.add(f"__attach_version1.0_#{number:08X}"), attachment)
    counts = struct.pack("<8xIIII", 0, len(attachments), 0, len(attachments))
    header = counts + b"\0" * 8 if top else counts
    storage.add("__properties_version1.0", _properties({}, variable, header))
    if top:
        names = storage.add("__nameid_version1.0")
        for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
            names.add(stream, b"")


def _add_attachment(storage: Node, attachment) -> None:
    name, content = attachment
    fixed = {}
    variable = {}
    for prop, text in ((ATTACH_LONG_FILENAME, name), (ATTACH_FILENAME, name[:12])):
        data = text.encode("utf-16-le")
        storage.add(_stream_name(prop, PT_UNICODE), data)
        variable[(prop, PT_UNICODE)] = len(data) + 2
    if isinstance(content, dict):  # an attached message
        fixed[ATTACH_METHOD] = (PT_LONG, ATTACH_EMBEDDED_MSG)
        inner = storage.add(_stream_name(ATTACH_DATA, PT_OBJECT))
        _fill_message(inner, top=False, **content)
        variable[(ATTACH_DATA, PT_OBJECT)] = 0xFFFFFFFF
    else:
        fixed[ATTACH_METHOD] = (PT_LONG, ATTACH_BY_VALUE)
        storage.add(_stream_name(ATTACH_DATA, PT_BINARY), content)
        variable[(ATTACH_DATA, PT_BINARY)] = len(content)
    storage.add("__properties_version1.0", _properties(fixed, variable, b"\0" * 8))


def make_msg(path, body: str, *, subject: str = "RE: FOI request",
             sender: str = "Information Governance <foi@example.gov.uk>",
             date: str = "Wed, 14 May 2025 16:40:00 +0100", html: str | None = None,
             attachments: list = ()):
    """Write an Outlook message to `path`; `attachments` are (name, bytes) pairs, or
    (name, dict of make_msg's keyword arguments and `body`) for an attached message."""
    root = Node("Root Entry")
    _fill_message(root, subject, sender, date, body, html, list(attachments), top=True)
    path.write_bytes(write_cfb(root))
    return path
