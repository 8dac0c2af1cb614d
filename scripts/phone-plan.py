#!/usr/bin/env python3
"""Writes the phone numbering plans the wallet reads numbers with, and the corpus that proves them.

    python3 scripts/phone-plan.py           # writes core/src/domain/phone/plan.rs and corpus.tsv
    python3 scripts/phone-plan.py --check   # fails when either file is not what this script writes

Source: Google's libphonenumber metadata as the Python `phonenumbers` package ships it, pinned below
(`pip install phonenumbers==9.0.43`). To follow a new libphonenumber release, change the pin, run the script, and
read the diff of both files: a changed range is a change in the countries' numbering plans.

plan.rs, for Kyrgyzstan (KG), Kazakhstan (KZ) and Russia (RU, which shares +7 with Kazakhstan):
  - the prefixes: international (00, 810), national (0, 8), the first digits each plan owns under +7;
  - the national number's possible lengths (and the lengths only dialled locally);
  - per length, the national number's first digits as sorted, non-overlapping ranges, each labelled with what
    libphonenumber's `number_type` says of every number in it (mobile; another type: fixed line, toll free …;
    or "spare": within the plan's general pattern but no type's). The script proves that each range's answer is
    fixed by those digits: every type's pattern is expanded into boxes of digit classes and the prefix tree is
    walked until every pattern matches all completions or none (`decide`), then checked against
    libphonenumber on random numbers;
  - every country calling code libphonenumber knows.

corpus.tsv: inputs and what Phone::parse must answer. The answer is libphonenumber's under the wallet's policy
(Kyrgyz first, then Kazakh; a number written with + and another country's code is that country's), except for two
deliberate differences, marked D1 and D2 with libphonenumber's answer beside them, and described in
core/src/domain/phone.rs:
  D1 the number is read from its first digit or plus to its last digit. Before it anything may stand (as in
     libphonenumber, which skips «тел.») but a digit or a full-width plus; after it only whitespace,
     punctuation and quotation marks; inside it only digits, a leading plus and the punctuation people type (libphonenumber's list
     without the letter x and the tildes). libphonenumber drops one or two stray letters inside, reads three as a
     keypad's («CALL ME»), takes x, #, ext, доб and ;ext= as an extension, and reads other scripts' digits;
  D2 a number written with + and a calling code other than 7 and 996 is another country's whenever two digits or
     more follow the code (libphonenumber's policy: from 2 to 17); written with an international prefix (00 from
     Kyrgyzstan, 810 from Kazakhstan), when at least as many digits follow as that country's shortest number
     has, and not a number when fewer follow (libphonenumber: when the number is valid there, which needs every
     country's plan; San Marino's 6-digit local numbers, for one, are valid through 810).
"""

import argparse
import difflib
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberType
from phonenumbers import phonenumberutil as util

PINNED = "9.0.43"
ROOT = Path(__file__).resolve().parent.parent
PLAN_RS = ROOT / "core/src/domain/phone/plan.rs"
CORPUS = ROOT / "core/src/domain/phone/corpus.tsv"

SERVED = ("KG", "KZ")
PLANS = ("KG", "KZ", "RU")
SERVED_CODES = (996, 7)
# libphonenumber's number_type, in its order of checking (after the general pattern).
SPECIAL_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
DIGITS = frozenset("0123456789")

# D1: what the wallet reads. libphonenumber's _VALID_PUNCTUATION without "x" and the tildes (~ ⁓ ∼ ～).
PUNCTUATION = frozenset(
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0e\uff0f \u00a0\u00ad\u200b\u2060\u3000"
    "()\uff08\uff09\uff3b\uff3d.[]/"
)
# Rust's char::is_whitespace (Unicode White_Space): trimmed at both ends.
WHITESPACE = frozenset(
    [chr(c) for c in range(0x09, 0x0E)]
    + [" ", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)
MAX_INPUT = 250  # libphonenumber's _MAX_INPUT_STRING_LENGTH
TILDES = frozenset("~\u2053\u223c\uff5e")
# Quotation marks, ellipsis, dots, and the invisible marks of pasted text.
TYPOGRAPHIC = frozenset("\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019\u2039\u203a\u2026\u00b7\u2022\u2027"
                        "\u200c\u200d\u200e\u200f\ufeff")
# What may follow the number: whitespace, libphonenumber's punctuation, typographic marks, ASCII symbols but #
# (libphonenumber trims all of these too).
AFTER = WHITESPACE | PUNCTUATION | TILDES | TYPOGRAPHIC | (frozenset(string.punctuation) - {"#"})


# ---------------------------------------------------------------------------------------------------------------
# Patterns → boxes of digit classes → decided prefix ranges


def boxes(pattern):
    """Every string the pattern fully matches, as a list of boxes: tuples of digit sets, one per position."""
    from re import _constants as c
    from re import _parser

    def one(item):
        op, av = item
        if op is c.LITERAL:
            char = chr(av)
            assert char in DIGITS, (pattern, char)
            return [(frozenset(char),)]
        if op is c.IN:
            chars = set()
            negate = False
            for sub_op, sub_av in av:
                if sub_op is c.NEGATE:
                    negate = True
                elif sub_op is c.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is c.RANGE:
                    chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    chars.update(DIGITS)
                else:
                    raise ValueError(f"{pattern}: {sub_op}")
            chars = (DIGITS - chars) if negate else (chars & DIGITS)
            return [(frozenset(chars),)]
        if op is c.SUBPATTERN:
            return sequence(av[-1])
        if op is c.BRANCH:
            return [box for alternative in av[1] for box in sequence(alternative)]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = av
            assert high is not c.MAXREPEAT and high < 30, pattern
            inner = sequence(sub)
            result = []
            for count in range(low, high + 1):
                result.extend(power(inner, count))
            return result
        raise ValueError(f"{pattern}: {op}")

    def power(inner, count):
        result = [()]
        for _ in range(count):
            result = [a + b for a in result for b in inner]
        return result

    def sequence(items):
        result = [()]
        for item in items:
            result = [a + b for a in result for b in one(item)]
            assert len(result) < 100_000, pattern
        return result

    return sequence(_parser.parse(pattern))


class Desc:
    """One of a plan's patterns: its boxes and possible lengths (empty: any)."""

    def __init__(self, desc):
        self.boxes = boxes(desc.national_number_pattern) if desc and desc.national_number_pattern else []
        self.lengths = tuple(desc.possible_length) if desc else ()
        self.present = desc is not None


def classify(metadata, descs, length, matches):
    """libphonenumber's _number_type_helper, on which patterns match all numbers of a range."""

    def matching(name):
        desc = descs[name]
        if not desc.present or not matches[name]:
            return False
        return not desc.lengths or length in desc.lengths

    if matching("general"):
        for name in SPECIAL_TYPES:
            if matching(name):
                return name
        if matching("fixed_line"):
            same = metadata.same_mobile_and_fixed_line_pattern or matching("mobile")
            return "fixed_line_or_mobile" if same else "fixed_line"
        if matching("mobile"):
            return "mobile"
    return "spare" if matches["general"] else None


def decide(metadata, descs, length):
    """The prefix tree of numbers of `length` digits, walked until each prefix decides every pattern.
    Returns the leaves as (prefix, type) with type None outside the plan."""
    leaves = []

    def walk(prefix, alive):
        depth = len(prefix)
        matches, undecided = {}, False
        for name, boxes_ in alive.items():
            if not boxes_:
                matches[name] = False
            elif any(all(s == DIGITS for s in box[depth:]) for box in boxes_):
                matches[name] = True
            else:
                undecided = True
        if not undecided:
            return [(prefix, classify(metadata, descs, length, matches))]
        children = []
        for digit in "0123456789":
            narrowed = {name: [b for b in boxes_ if digit in b[depth]] for name, boxes_ in alive.items()}
            children.extend(walk(prefix + digit, narrowed))
        if len({kind for _, kind in children}) == 1:
            return [(prefix, children[0][1])]
        return children

    start = {name: [b for b in desc.boxes if len(b) == length] for name, desc in descs.items()}
    leaves.extend(walk("", start))
    return leaves


def block_of(kind):
    return {"mobile": "Mobile", "fixed_line_or_mobile": "Mobile", "spare": "Spare"}.get(kind, "NotMobile")


def ranges(leaves):
    """Leaves → (depth, [(from, to, type)]) over the first `depth` digits, merged, gaps (outside) dropped."""
    depth = max(len(prefix) for prefix, _ in leaves)
    rows = []
    for prefix, kind in leaves:
        if kind is None:
            continue
        pad = depth - len(prefix)
        low = int(prefix + "0" * pad) if prefix else 0
        high = int(prefix + "9" * pad) if prefix or pad else 0
        if rows and rows[-1][2] == kind and rows[-1][1] + 1 == low:
            rows[-1] = (rows[-1][0], high, kind)
        else:
            rows.append((low, high, kind))
    return depth, rows


class Plan:
    def __init__(self, region):
        self.region = region
        self.metadata = m = PhoneMetadata.metadata_for_region(region)
        self.descs = {"general": Desc(m.general_desc)}
        for name in SPECIAL_TYPES + ("fixed_line", "mobile"):
            self.descs[name] = Desc(getattr(m, name))
        self.lengths = sorted({len(b) for d in self.descs.values() for b in d.boxes})
        self.tables = {length: ranges(decide(m, self.descs, length)) for length in self.lengths}
        # The parts of libphonenumber's parsing the wallet's reader mirrors: plain digits, no transformation.
        assert re.fullmatch(r"\d+", m.international_prefix), m.international_prefix
        assert re.fullmatch(r"\d", m.national_prefix_for_parsing), m.national_prefix_for_parsing
        assert not m.national_prefix_transform_rule
        assert m.leading_digits is None or re.fullmatch(r"\d|\[\d+\]", m.leading_digits), m.leading_digits
        self.leading = re.sub(r"[\[\]]", "", m.leading_digits or "")

    def lookup(self, national):
        table = self.tables.get(len(national))
        if table is None:
            return None
        depth, rows = table
        value = int(national[:depth]) if depth else 0
        for low, high, kind in rows:
            if low <= value <= high:
                return kind
        return None


def check_plan_against_libphonenumber(plan, rng):
    """Random numbers of every length around the plan's, and of every decided prefix: the table says what
    libphonenumber says."""
    m = plan.metadata
    general = re.compile(m.general_desc.national_number_pattern)
    samples = []
    for length in range(2, 18):
        samples += ["".join(rng.choice("0123456789") for _ in range(length)) for _ in range(300)]
    for length, (depth, rows) in plan.tables.items():
        for low, high, _ in rows:
            for value in (low, high, rng.randint(low, high)):
                prefix = str(value).zfill(depth)
                samples += [prefix + "".join(rng.choice("0123456789") for _ in range(length - depth)) for _ in range(3)]
    for national in samples:
        kind = util._number_type_helper(national, m)
        expected = {
            PhoneNumberType.MOBILE: "Mobile",
            PhoneNumberType.FIXED_LINE_OR_MOBILE: "Mobile",
            PhoneNumberType.UNKNOWN: "Spare" if general.fullmatch(national) else None,
        }.get(kind, "NotMobile")
        got = plan.lookup(national)
        assert (got and block_of(got)) == expected, (plan.region, national, got, kind)
    return len(samples)


# ---------------------------------------------------------------------------------------------------------------
# plan.rs


def rust_plan(plans):
    out = []
    w = out.append
    w("//! Generated by `scripts/phone-plan.py` from libphonenumber's metadata (Python `phonenumbers` "
      f"{phonenumbers.__version__}):")
    w("//! do not edit. Change the script, or its pinned version, and run `python3 scripts/phone-plan.py`.")
    w("//!")
    w("//! Per plan and length of the national number: its first `depth` digits as sorted ranges, each with what")
    w("//! libphonenumber's `number_type` says of every number in it (the script proves the digits decide it).")
    w("")
    w("use super::numbering::{Block::*, Blocks, Plan};")
    w("")
    codes = sorted(util.COUNTRY_CODE_TO_REGION_CODE)
    w(f"/// Every country calling code libphonenumber knows ({len(codes)}), with the length of its shortest national")
    w("/// number.")
    w(f"pub(super) const CALLING_CODES: [(u16, u8); {len(codes)}] = [")
    line = "   "
    for code in codes:
        item = f" ({code}, {shortest_national(code)}),"
        if len(line) + len(item) > 118:
            w(line)
            line = "   "
        line += item
    w(line)
    w("];")
    w("")
    names = {"KG": "Kyrgyzstan", "KZ": "Kazakhstan", "RU": "Russia, which shares +7 with Kazakhstan"}
    for plan in plans:
        m = plan.metadata
        w(f"/// {names[plan.region]}.")
        w(f"pub(super) static {plan.region}: Plan = Plan {{")
        w(f'    region: "{plan.region}",')
        w(f"    calling_code: {m.country_code},")
        w(f'    international_prefix: "{m.international_prefix}",')
        w(f"    national_prefix: b'{m.national_prefix_for_parsing}',")
        w(f'    leading_digits: b"{plan.leading}",')
        w(f"    possible_lengths: &{list(m.general_desc.possible_length)},")
        w(f"    local_only_lengths: &{list(m.general_desc.possible_length_local_only)},")
        w("    blocks: &[")
        for length, (depth, rows) in plan.tables.items():
            w(f"        Blocks {{")
            w(f"            length: {length},")
            w(f"            depth: {depth},")
            w("            ranges: &[")
            for low, high, kind in rows:
                shown = f"{str(low).zfill(depth)}–{str(high).zfill(depth)}"
                w(f"                ({low}, {high}, {block_of(kind)}), // {shown} {kind.replace('_', ' ')}")
            w("            ],")
            w("        },")
        w("    ],")
        w("};")
        w("")
    regions = util.COUNTRY_CODE_TO_REGION_CODE
    assert regions[7] == ("RU", "KZ") and regions[996] == ("KG",), "the +7 and +996 plans changed"
    w("/// The plans of the calling codes the wallet reads, in libphonenumber's order (the first is the code's main")
    w("/// plan, whose national prefix a number written with the code loses).")
    w("pub(super) static BY_CALLING_CODE: [(u16, &[&Plan]); 2] = [(7, &[&RU, &KZ]), (996, &[&KG])];")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# The verdicts


def e164(number):
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def judge(number):
    if not phonenumbers.is_valid_number(number):
        return "NotANumber"
    if phonenumbers.region_code_for_number(number) not in SERVED:
        return "OtherCountry"
    if phonenumbers.number_type(number) in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return e164(number)
    return "Landline"


def policy(text, abroad=None):
    """The wallet's policy: Kyrgyz first, then Kazakh; a number written with + and another country's code is from
    another country even when libphonenumber finds it invalid. `abroad(region)` may decide a region's verdict
    first (D2)."""
    best = "NotANumber"
    for region in SERVED:
        verdict = abroad(region) if abroad else None
        if verdict is None:
            try:
                verdict = judge(phonenumbers.parse(text, region))
            except NumberParseException:
                verdict = "NotANumber"
        if verdict.startswith("+"):
            return verdict
        if verdict != "NotANumber":
            best = verdict
    if best == "NotANumber":
        try:
            if phonenumbers.parse(text, None).country_code not in SERVED_CODES:
                return "OtherCountry"
        except NumberParseException:
            pass
    return best


def libphonenumber(text):
    return policy(text)


def readable(text):
    """D1: the number the wallet reads in `text` (from its first digit or plus to its last digit), or None.
    Before it anything may stand but a digit (of any script) or a full-width plus; after it only whitespace and
    punctuation; inside it only digits, a leading plus and the punctuation people type."""
    if len(text) > MAX_INPUT:
        return None
    starts = [i for i, ch in enumerate(text) if ch in DIGITS or ch == "+"]
    ends = [i for i, ch in enumerate(text) if ch in DIGITS]
    if not starts or not ends:
        return None
    start, end = starts[0], ends[-1] + 1
    if any(unicodedata.category(ch)[0] == "N" or ch == "\uff0b" for ch in text[:start]):
        return None
    if any(ch not in AFTER for ch in text[end:]):
        return None
    body = text[start:end]
    if any(ch not in DIGITS and ch not in PUNCTUATION and ch != "+" for ch in body):
        return None
    return body


def extract_code(digits):
    if not digits or digits[0] == "0":
        return None
    for size in (1, 2, 3):
        if len(digits) >= size and int(digits[:size]) in util.COUNTRY_CODE_TO_REGION_CODE:
            return digits[:size], digits[size:]
    return None


def written_abroad(body, region):
    """D2: (calling code, the rest, dialled through an international prefix rather than +) when `body` is written
    with + or `region`'s international prefix, as libphonenumber reads it (a plus followed by no known code is
    read again without it)."""
    digits = "".join(ch for ch in body if ch in DIGITS)
    if body.startswith("+"):
        found = extract_code(digits)
        if found:
            return found + (False,)
    idd = PhoneMetadata.metadata_for_region(region).international_prefix
    if digits.startswith(idd):
        after = digits[len(idd):]
        if after[:1] != "0" and len(after) > 2:
            found = extract_code(after)
            return found + (True,) if found else None
    return None


def shortest_national(code):
    """The shortest national number of any region with the calling code."""
    lengths = set()
    for region in util.COUNTRY_CODE_TO_REGION_CODE[code]:
        if region == "001":
            metadata = PhoneMetadata.metadata_for_nongeo_region(code)
        else:
            metadata = PhoneMetadata.metadata_for_region(region)
        lengths.update(metadata.general_desc.possible_length)
    assert lengths and min(lengths) >= 2, code
    return min(lengths)


def expected(text):
    """(what the wallet answers, which deliberate difference may make it differ from libphonenumber)."""
    body = readable(text)
    if body is None:
        return "NotANumber", "D1"
    if not util._is_viable_phone_number(util._extract_possible_number(body)):
        return libphonenumber(text), ""

    def abroad(region):
        found = written_abroad(body, region)
        if found is None or int(found[0]) in SERVED_CODES:
            return None
        code, rest, through_prefix = found
        if len(rest) >= (shortest_national(int(code)) if through_prefix else 2):
            return "OtherCountry"
        return "NotANumber"

    return policy(text, abroad), "D2"


# ---------------------------------------------------------------------------------------------------------------
# The corpus


def corpus(plans, rng):
    lines = []  # (input, note)

    def add(text, note):
        lines.append((text, note))

    def rest(count):
        return "".join(rng.choice("0123456789") for _ in range(count))

    kg, kz, ru = plans

    # Every 3-digit prefix of both plans, in turn in each form people type.
    kg_forms = [
        lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}",
        lambda n: n,
        lambda n: f"+996 {n[:3]} {n[3:5]}-{n[5:7]}-{n[7:]}",
        lambda n: f"996{n}",
        lambda n: f"00996 {n[:3]} {n[3:]}",
        lambda n: f"(0{n[:3]}) {n[3:5]} {n[5:7]} {n[7:]}",
    ]
    kz_forms = [
        lambda n: f"8 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
        lambda n: f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}",
        lambda n: f"7{n}",
        lambda n: n,
        lambda n: f"810 7 {n}",
        lambda n: f"+7({n[:3]}){n[3:]}",
        lambda n: f"8{n}",
        lambda n: f"007 {n}",
    ]
    for prefix in range(1000):
        p = f"{prefix:03d}"
        add(kg_forms[prefix % len(kg_forms)](p + rest(6)), f"KG {p}")
        add(kz_forms[prefix % len(kz_forms)](p + rest(7)), f"+7 {p}")

    # Every decided range of the three plans, at both ends, national and international.
    for plan, forms in ((kg, kg_forms), (kz, kz_forms), (ru, kz_forms)):
        for length, (depth, rows) in plan.tables.items():
            for i, (low, high, kind) in enumerate(rows):
                for value in (low, high):
                    national = str(value).zfill(depth) + rest(length - depth)
                    form = forms[(i + value) % len(forms)]
                    text = form(national) if len(national) in (9, 10) else f"+{plan.metadata.country_code}{national}"
                    add(text, f"{plan.region} {kind.replace('_', ' ')} {str(value).zfill(depth)}")

    # Lengths around the right one, in every form.
    for national in ("555123456", "700123456", "221123456", "312123456", "800123456"):
        for cut in range(-4, 4):
            n = national + "7654"[: max(cut, 0)] if cut >= 0 else national[:cut]
            forms = ("0{}", "{}", "+996{}", "996{}", "00996{}", "810996{}", "+7{}")
            for form in rng.sample(forms, 3):
                add(form.format(n), f"KG length {len(n)}")
    for national in ("7011234567", "7771234567", "7172123456", "4951234567", "9161234567", "8001234567"):
        for cut in range(-4, 5):
            n = national + "76543"[: max(cut, 0)] if cut >= 0 else national[:cut]
            forms = ("8{}", "8 {}", "+7{}", "7{}", "{}", "810 7 {}", "007{}", "+996{}")
            for form in rng.sample(forms, 3):
                add(form.format(n), f"+7 length {len(n)}")

    # Prefixes typed twice, or in the wrong country's way.
    for text in ("0 0555 123 456", "00555123456", "000996555123456", "+0996555123456", "+00996555123456",
                 "+00 7 701 123 45 67", "++996555123456", "+ 996 555 123 456", "+ +996555123456",
                 "996 0555 123 456", "+996 0555 123 456", "+996 (0) 555 123 456", "88 701 123 45 67",
                 "8 8 701 123 45 67", "+7 8 701 123 45 67", "7 8 701 123 45 67", "810 996 555 123 456",
                 "8 10 996 555 123 456", "8 10 7 701 123 45 67", "81077011234567", "810 7 8 701 123 45 67",
                 "8107 701 123 45 67", "00 7 701 123 45 67", "0 701 123 45 67", "07011234567",
                 "8 555 123 456", "+8 701 123 45 67", "+810 7 701 123 45 67", "996+555123456",
                 "555 123 456 +", "555+123456", "+996555123456+", "0555 123 456 0555 123 456",
                 "+996 555 123 456 / 0555 123 456", "+7 701 123 45 67 / +7 702 123 45 67",
                 "0555-12-34-56", "8(701)1234567", "+7-701-123-45-67", "7 701 123 45 67",
                 "77 01 123 45 67", "+77", "+7", "+996", "996", "0", "00", "+", "++", "8", "810", "+8", "8 10"):
        add(text, "prefixes")

    # Punctuation: every character the wallet reads between digits, and some it does not.
    readable_marks = sorted(PUNCTUATION)
    other_marks = ["\t", "\u2009", "\u202f", "*", "#", ",", ";", ":", "x", "X", "~", "\u2053", "\u223c", "\uff5e",
                   "_", "'", '"', "!", "?", "@", "&", "=", "<", ">", "|", "\\", "\n", "\u200c", "\u00b7", "\u2022",
                   "\u2027", "\ufeff"]
    for mark in readable_marks + other_marks:
        for template in ("0555{m}123{m}456", "+996{m}555{m}123{m}456", "{m}0555 123 456{m}", "+7{m}701{m}1234567",
                         "8{m}701{m}123{m}45{m}67", "{m}+996555123456", "0{m}5{m}5{m}5{m}1{m}2{m}3{m}4{m}5{m}6"):
            add(template.format(m=mark), f"mark U+{ord(mark):04X}")
    for text in (" 0555 123 456 ", "\t+996 555 123 456\n", "\u3000+7 701 123 45 67\u3000", "\u00a0555123456\u00a0",
                 "\u2003 0555123456", "0555123456\u2028", "(+996) 555 123 456", "[+7] 701 123 45 67",
                 "+(996) 555-123-456", "+996.555.123.456", "+996/555/123/456", "0555\u2013123\u2013456",
                 "+7\u2212701\u2212123\u22124567", "(0555)123456", "((0555))123456", "--0555--123--456--",
                 "0555 123 456.", ".0555 123 456", "+996\u00ad555\u00ad123\u00ad456", "+996\u200b555123456",
                 "\uff08\uff10\uff15\uff15\uff15\uff09123456", "\uff0b996555123456", "+\u0669\u0669\u0666555123456",
                 "\u0660\u0665\u0665\u0665\u0661\u0662\u0663\u0664\u0665\u0666", "\u09e6555123456"):
        add(text, "spacing and scripts")

    # Text around and inside the number.
    for text in ("тел. 0555 123 456", "Tel: +996 555 123 456", "+996 555 123 456 (мобильный)", "0555123456a",
                 "0555123456ab", "0555123456abc", "0555 123 456 ext. 12", "0555 123 456 x12", "0555 123 456 доб. 3",
                 "+7 701 123 45 67 #", "+7 701 123 45 67;ext=5", "tel:+996-555-123-456",
                 "tel:555123456;phone-context=+996", "+996 555 CALL ME", "1-800-FLOWERS", "0555 I23 456",
                 "O555 123 456", "o555123456", "+996 555 l23 456", "0555,123,456", "0555*123*456", "*0555123456",
                 "#0555123456", "+996 555 123 456, +996 700 123 456", "0555 123 456 or 0700 123 456",
                 "телефон", "номер", "null", "None", "NaN", "undefined", "-", "()", "+()", "  ", "", "\n", "\t",
                 "+996-", "0555-", "--", "...",
                 "«0555 123 456»", "“+996 555 123 456”", "0555 123 456…", "\u200f+996 555 123 456\u200e",
                 "0555 123 456 \U0001F600", "0555 123 456 \u2192", "\u24b6 0555 123 456", "0555 123 456 \u24b6"):
        add(text, "text")

    # Other countries: every region's example number, international and through the two international prefixes,
    # and invalid ones written with their code.
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        number = phonenumbers.example_number(region)
        if number is None:
            continue
        international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        add(international if rng.random() < 0.5 else e164(number), f"example {region}")
        digits = e164(number)[1:]
        add(("00" if rng.random() < 0.5 else "810 ") + digits, f"example {region} dialled abroad")
        add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL), f"example {region} national")
        invalid = phonenumbers.invalid_example_number(region)
        if invalid is not None:
            add(e164(invalid), f"invalid example {region}")
        mobile = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        if mobile is not None and rng.random() < 0.5:
            short = e164(mobile)[: -rng.randint(1, 4)]
            add(short, f"short mobile {region}")
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            add(e164(number), f"example +{code}")
    for text in ("+1 202 555 0100", "+49 151 2345", "+44 7911 123456", "+998 90 123 45 67", "0049 1512 345 6789",
                 "+49 1", "+491", "+49 12", "+999 555 123 456", "+990 123 456", "+0 555 123 456", "+5 551 234 567",
                 "+49 " + "1" * 18, "+49 0 151 23456789", "00 49 1", "00 49 12", "00 44 7911 123456",
                 "810 44 7911 123456", "810 49 151 2345", "+86 138 0013 8000", "+992 93 123 4567",
                 "+993 65 123456", "+374 77 123456", "+380 50 123 4567", "+375 29 123 45 67"):
        add(text, "other countries")
    for _ in range(60):
        code = rng.choice(sorted(util.COUNTRY_CODE_TO_REGION_CODE))
        add(f"+{code}{rest(rng.randint(0, 14))}", "random calling code")

    # Russia through +7 and Kazakhstan's national prefix.
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE,
                 PhoneNumberType.PREMIUM_RATE, PhoneNumberType.PERSONAL_NUMBER):
        number = phonenumbers.example_number_for_type("RU", kind)
        if number is not None:
            national = str(number.national_number)
            for form in ("+7{}", "8{}", "7{}", "8 10 7 {}", "00 7 {}"):
                add(form.format(national), f"Russia {kind}")

    # Junk: random digits of every length, random mixtures, very long input.
    for length in range(1, 21):
        for _ in range(6):
            add(rest(length), f"random digits {length}")
    alphabet = "0123456789+-() .xа#*"
    for _ in range(80):
        add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))), "random characters")
    for length in (17, 18, 30, 100, 249, 250, 251, 400):
        add("5" * length, f"{length} digits")
    add(" " * 240 + "0555123456", "padded to 250")
    add(" " * 241 + "0555123456", "padded to 251")
    add("0555123456" + " " * 300, "trailing spaces")
    add("+" + "996555123456" + "-" * 239, "dashes to 252")

    seen, unique = set(), []
    for text, note in lines:
        if text not in seen:
            seen.add(text)
            unique.append((text, note))
    return unique


def escape(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch.isprintable() and ch not in "\u00a0\u00ad\u3000" and not (0x2000 <= ord(ch) <= 0x206F and ch not in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"):
            out.append(ch)
        else:
            out.append(f"\\u{{{ord(ch):X}}}")
    return "".join(out)


def corpus_tsv(rows):
    out = [
        f"# Generated by scripts/phone-plan.py from libphonenumber (Python phonenumbers {phonenumbers.__version__}): "
        "do not edit.",
        "# input <TAB> what Phone::parse answers <TAB> what the line tests; a deliberate difference (D1, D2: see",
        "# core/src/domain/phone.rs) says what libphonenumber answers instead. Input escapes: \\t \\n \\\\ \\u{HEX}.",
    ]
    differing = {"D1": 0, "D2": 0}
    for text, note in rows:
        wanted, why = expected(text)
        library = libphonenumber(text)
        if wanted != library:
            differing[why] += 1
            note = f"{why}, libphonenumber {library}: {note}"
        out.append(f"{escape(text)}\t{wanted}\t{note}")
    return "\n".join(out) + "\n", differing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the files are not what this writes")
    args = parser.parse_args()
    if phonenumbers.__version__ != PINNED:
        sys.exit(f"phone-plan: phonenumbers {phonenumbers.__version__} is installed; this script is pinned to "
                 f"{PINNED} (pip install phonenumbers=={PINNED})")
    rng = random.Random(21)
    plans = [Plan(region) for region in PLANS]
    checked = sum(check_plan_against_libphonenumber(plan, rng) for plan in plans)
    plan_rs = rust_plan(plans)
    rows = corpus(plans, rng)
    corpus_text, differing = corpus_tsv(rows)
    wanted = {PLAN_RS: plan_rs, CORPUS: corpus_text}
    if args.check:
        stale = [path for path, text in wanted.items() if not path.exists() or path.read_text() != text]
        for path in stale:
            diff = difflib.unified_diff(path.read_text().splitlines() if path.exists() else [],
                                        wanted[path].splitlines(), str(path), "regenerated", lineterm="", n=1)
            print("\n".join(list(diff)[:40]), file=sys.stderr)
        if stale:
            sys.exit("phone-plan: out of date; run python3 scripts/phone-plan.py")
        return
    for path, text in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    ranges_count = sum(len(rows_) for plan in plans for _, rows_ in plan.tables.values())
    print(f"plan.rs: {ranges_count} ranges for {', '.join(PLANS)}, checked against libphonenumber on {checked} "
          f"numbers; corpus.tsv: {len(rows)} lines, {len(corpus_text.encode())} bytes, differing on purpose: "
          f"{differing['D1']} (D1), {differing['D2']} (D2)")


if __name__ == "__main__":
    main()
