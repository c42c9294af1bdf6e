#!/usr/bin/env python3
"""Regenerate gazetteers/lexicon/given-names.tsv: given names and their usual gender.

The rule engine reads a capitalised `Given Surname` sequence whose first word is listed here as a
person ("Chinedu Okafor"), and takes the pronoun (`he`, `she`) from the gender column.

How to run, from the repository root:

    pip install names==0.3.0
    apt-get install wamerican          # provides /usr/share/dict/american-english
    python3 scripts/gen_given_names.py # writes gazetteers/lexicon/given-names.tsv

Sources:
  * the 1990 US Census given-name lists `dist.male.first` and `dist.female.first` (public domain)
    shipped inside the PyPI package `names` 0.3.0: name, frequency %, cumulative %, rank;
  * scripts/given-names-world.txt, hand-curated for gazette: given names that news from the rest
    of the world uses and the census lists lack or gender differently;
  * Debian's `wamerican` word list (SCOWL, permissive licence), consulted only to find names
    that are ordinary words; the census surname list `dist.all.last` from the same package, to
    find names that are mostly surnames.

Output: two comment lines, then `name<TAB>gender` lines sorted by the diacritic-folded, lower-cased
name. gender is `m`, `f` or `u` (unknown or used for both). A leading `~` marks a name the engine
should trust only with more evidence. The same inputs give the same file byte for byte.

Rules, applied mechanically:
1. Census names are taken by rank: the first MALE_TOP male and FEMALE_TOP female names (about 90 %
   and 88 % of people). Rarer entries are mostly spelling variants and, too often, words or
   surnames. A name in both lists gets the gender whose frequency (over the full lists) is at
   least GENDER_RATIO times the other's, else `u`. NOT_NAMES drops census entries that are data
   noise (initials, abbreviations, misspellings such as "Brain" and "Manual", and two-letter
   entries that are really Chinese surnames). Census capitals become "James", "McKinley".
2. World-file names keep their spelling and diacritics. Names are merged on a folded key
   (diacritics removed, lower case), so "José" and "Jose" are one entry, spelled as the world
   file spells it (of several world spellings, the one with the fewest non-ASCII letters). When sources disagree on the gender (Jean: mostly female in the US
   census, male in French news) the entry becomes `u`, unless the name is rare in the census
   (RARE_IN_CENSUS or less of either sex: Daniele, Stéphane, Karan), where the world file's
   gender wins. The world file must not disagree with itself.
3. `~` marks:
   a. a one-word name whose folded lower-case form is a word in wamerican (Will, Grace, Mark,
      Hope, Bill), unless it is in ALLOW (below);
   b. a name in CAREFUL: names that are mostly places, nationalities, brands or particles in news
      (Jordan, Georgia, Victoria, Madison, Christian, German, Mercedes, Al, Jan);
   c. a name in EAST_ASIAN_SURNAMES (Kim, Lee, Min, Jin): news writes Chinese, Korean and most
      Vietnamese names surname first ("Kim Jong Un"), so such a first word says nothing about
      the gender either; these also get gender `u`.
   d. a census name that at least SURNAME_RATIO times more Americans bear as a surname than as a
      given name (Carter, Johnson, Walker, Wilson, Morgan, Taylor), unless the world file lists
      it too (Werner, Hanna, Nelson): in news these mostly start names of things (Carter Center,
      Morgan Stanley) or are surnames standing first in a list.
   A name of several words ("Juan Carlos") is marked only if it is in CAREFUL.
"""

import os
import sys
import unicodedata

import names as census_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "gazetteers", "lexicon", "given-names.tsv")
WORLD = os.path.join(ROOT, "scripts", "given-names-world.txt")
WORDS = "/usr/share/dict/american-english"

MALE_TOP = 1219      # the whole male list: it stops at 90 % of men
FEMALE_TOP = 2500    # cumulative 87.65 %; the female list runs on to 4,275 rare variants
GENDER_RATIO = 4.0
SURNAME_RATIO = 3.0
RARE_IN_CENSUS = 0.005   # % of one sex; at or below it the world file's gender wins

# Census entries that are not given names: initials and abbreviations, misspellings, words that
# came in as noise, two-letter Chinese surnames.
NOT_NAMES = {
    "wm", "jc", "ok", "in", "my", "ha", "ma", "mi", "su", "li", "lu", "yu",
    "brain", "manual", "marry", "numbers",
}

# Names that are also ordinary words but that news, when it writes them with a capital letter,
# uses overwhelmingly as names: the word sense is rare (john, jimmy, hank) or is practically never
# the first word of a capitalised sequence. Kept short on purpose; each was weighed by hand.
# Deliberately NOT here: Will, May, Bill, Mark, Grace, Hope, Pat, Don, Sue, Ray, Guy, Rob, Art,
# Gene, Dean, Grant, Drew, Miles, Rose, Ivy, Crystal, Amber (words, titles, or first words of
# names of things: "Bill of Rights", "Ivy League", "Crystal Palace", "Amber Alert").
ALLOW = {
    "john", "peter", "harry", "tom", "tony", "jimmy", "billy", "bobby", "terry", "sally",
    "martin", "victor", "hector", "roger", "randy", "derrick", "nick", "mike", "matt", "josh",
    "ken", "rick", "chuck", "hank", "brad", "jack", "frank", "carol", "warren", "heather",
    "maria", "marina", "margarita", "colleen", "patty", "dieter", "serge", "clement",
}

# Names that news mostly uses for something else when the name starts a capitalised sequence.
CAREFUL = {
    # countries, territories, continents, regions, US states, cities (Jordan, Georgia, Paris)
    "america", "asia", "africa", "france", "georgia", "india", "israel", "jordan", "kenya",
    "trinidad", "montserrat", "bharat", "alberta", "carolina", "dakota", "florida", "indiana",
    "virginia", "victoria", "montana", "nevada", "sabah", "tuva", "paris", "sydney", "dallas",
    "houston", "denver", "austin", "orlando", "florence", "milan", "geneva", "santiago",
    "valencia", "odessa", "adelaide", "alexandria", "darwin", "madison", "lincoln", "columbus",
    "cleveland", "jackson", "kent", "stanley", "brooklyn", "phoenix", "rosario", "salvador",
    "augusta", "venice", "verona", "kimberley", "sanaa", "eden", "zion",
    # nationalities, peoples, religions, ideologies (Christian Democrats, a Finn, Thais)
    "christian", "german", "roma", "dane", "scot", "finn", "thais", "islam", "lenin",
    # companies, clubs, universities, hotels, parliaments, movements, assistants
    "chelsea", "everton", "mercedes", "chanel", "dior", "kia", "bentley", "harley", "hilton",
    "stanford", "cornell", "emory", "santos", "zara", "alexa", "siri", "duma", "amal",
    # months and holidays
    "april", "june", "july", "easter", "christmas",
    # particles and abbreviations: "al-Assad", "Al Jazeera", "Abu Dhabi", "Jan. 6"
    "al", "abu", "jan",
}

# Frequent Chinese, Korean and Vietnamese surnames (folded, lower case). A census or world given
# name equal to one of them is `~` and `u` (rule 3c).
EAST_ASIAN_SURNAMES = {
    "kim", "lee", "park", "choi", "jung", "jang", "kang", "cho", "yoon", "lim", "han", "shin",
    "seo", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son",
    "bae", "baek", "nam", "sim", "noh", "sung", "cha", "joo", "woo", "min", "ryu", "na", "jin",
    "ji", "chae", "won", "bang", "gong", "hyun", "wang", "zhang", "liu", "chen", "huang", "zhao",
    "wu", "zhou", "xu", "sun", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang",
    "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan",
    "cai", "jiang", "du", "ye", "cheng", "wei", "ding", "ren", "shen", "yao", "wong", "chan",
    "leung", "cheung", "lau", "ng", "ho", "chow", "tse", "lam", "yip", "kwok", "chin", "chu",
    "tsai", "hsu", "lai", "kuo", "chi", "chung", "nguyen", "tran", "le", "pham", "hoang",
    "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
}

SPECIAL_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
    "ʻ": "'", "’": "'",
})


def fold(name):
    """Diacritics removed and lower case: the key on which names are merged."""
    s = unicodedata.normalize("NFKD", name.translate(SPECIAL_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def non_ascii(name):
    return sum(1 for c in name if ord(c) > 127)


def census_display(upper):
    s = upper.capitalize()
    if s.startswith("Mc") and len(s) > 2:
        s = "Mc" + s[2:].capitalize()
    return s


def read_census(filename):
    """All rows of one census list: {folded name: (display, frequency, rank)}."""
    path = os.path.join(os.path.dirname(census_names.__file__), filename)
    rows = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            name, freq, _cum, rank = line.split()
            display = census_display(name)
            rows[fold(display)] = (display, float(freq), int(rank))
    return rows


def census_entries():
    """{folded name: (display, gender, surname-like, rare)} for the census names taken."""
    male = read_census("dist.male.first")
    female = read_census("dist.female.first")
    last = read_census("dist.all.last")
    out = {}
    for rows, top in ((male, MALE_TOP), (female, FEMALE_TOP)):
        for key, (display, _freq, rank) in rows.items():
            if rank > top or key in NOT_NAMES:
                continue
            fm = male.get(key, (None, 0.0, 0))[1]
            ff = female.get(key, (None, 0.0, 0))[1]
            if ff == 0 or fm >= GENDER_RATIO * ff:
                gender = "m"
            elif fm == 0 or ff >= GENDER_RATIO * fm:
                gender = "f"
            else:
                gender = "u"
            # Given-name frequencies are shares of one sex; halve to compare with surnames,
            # which are shares of everyone.
            surname_like = last.get(key, (None, 0.0, 0))[1] >= SURNAME_RATIO * (fm + ff) / 2
            rare = max(fm, ff) <= RARE_IN_CENSUS
            out[key] = (display, gender, surname_like, rare)
    return out


def world_entries():
    out = {}
    errors = []
    with open(WORLD, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or cols[1] not in ("m", "f", "u") or cols[0] != cols[0].strip():
                errors.append(f"{WORLD}:{no}: expected Name<TAB>m|f|u: {line!r}")
                continue
            name, gender = cols
            if "  " in name or not name[0].isupper():
                errors.append(f"{WORLD}:{no}: odd name {name!r}")
                continue
            key = fold(name)
            if key in out:
                # A name may be listed under several regions, and spellings that differ only in
                # diacritics are one name. The gender must agree. The spelling kept is the one
                # with the fewest letters outside ASCII (Vladimir over Vladimír, Fatima over
                # Fátima), the first listed on a tie (Björn over Bjørn).
                seen_name, seen_gender, seen_no = out[key]
                if seen_gender != gender:
                    errors.append(f"{WORLD}:{no}: {name} is {gender} here, {seen_name} is "
                                  f"{seen_gender} on line {seen_no}: make both `u` or drop one")
                elif non_ascii(name) < non_ascii(seen_name):
                    out[key] = (name, gender, seen_no)
                continue
            out[key] = (name, gender, no)
    if errors:
        sys.exit("\n".join(errors))
    return {k: (n, g) for k, (n, g, _no) in out.items()}


def load_words():
    words = set()
    with open(WORDS, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w.isalpha() and w.islower():
                words.add(fold(w))
    return words


def main():
    if not os.path.exists(WORDS):
        sys.exit(f"{WORDS} is missing: apt-get install wamerican")
    words = load_words()
    census = census_entries()
    world = world_entries()

    merged = {}
    for key in sorted(set(census) | set(world)):
        genders = set()
        if key in census and not (key in world and census[key][3]):
            genders.add(census[key][1])
        if key in world:
            genders.add(world[key][1])
        display = world[key][0] if key in world else census[key][0]
        gender = genders.pop() if len(genders) == 1 else "u"
        careful = key in CAREFUL
        if key in EAST_ASIAN_SURNAMES:
            careful, gender = True, "u"
        if " " not in key and key in words and key not in ALLOW:
            careful = True
        if key in census and census[key][2] and key not in world:
            careful = True
        merged[key] = (("~" if careful else "") + display, gender)

    lines = [
        "# Given names. Generated by scripts/gen_given_names.py from the 1990 US Census given-name"
        " lists (package `names` 0.3.0, public domain), the hand-curated"
        " scripts/given-names-world.txt and Debian's wamerican word list; do not edit by hand.",
        "# name<TAB>gender: m, f or u (both or unknown). `~`: also an ordinary word, a place, a"
        " nationality, a brand, mostly a surname, or an East Asian surname; see the script.",
    ]
    for key in sorted(merged):
        name, gender = merged[key]
        lines.append(f"{name}\t{gender}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    count = {"m": 0, "f": 0, "u": 0}
    for name, gender in merged.values():
        count[gender] += 1
    marked = sum(1 for name, _g in merged.values() if name.startswith("~"))
    print(f"{OUT}: {len(merged)} names (m {count['m']}, f {count['f']}, u {count['u']}; "
          f"~ {marked}); census {len(census)}, world {len(world)}, "
          f"world only {len(set(world) - set(census))}", file=sys.stderr)


if __name__ == "__main__":
    main()
