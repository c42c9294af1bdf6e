#!/usr/bin/env python3
"""Resolved-speaker accuracy on the shared development set, beyond the scorer's span overlap.

The scorer in ../shared/eval counts a speaker as right when its span overlaps the gold source,
so "he" is right whoever gazette thinks "he" is. This script asks the next question for users who
count who gets quoted: when the gold source names someone ("Mr. Obama", "Sen. Claire McCaskill"),
does the predicted speaker resolve to an entity whose name shares that person's surname?

usage: eval_speakers.py PRED GOLD    (PRED: the lines `gazette extract --input jsonl` wrote)

Quotes are matched as the scorer matches them (the predicted quote covering most of a gold
direct quote, at least half of it). Plain python3, standard library only.
"""
import json
import sys
import unicodedata

NOT_NAMES = {'he', 'she', 'they', 'it', 'we', 'i', 'who', 'the', 'a', 'an', 'his', 'her', 'mr', 'mrs',
             'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator'}


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).lower()


def name_words(source):
    words = [w.strip('.,()"\'’') for w in source.split()]
    return [fold(w) for w in words if w[:1].isupper() and fold(w) not in NOT_NAMES and len(w) > 2]


def main():
    pred_path, gold_path = sys.argv[1], sys.argv[2]
    preds = {}
    for line in open(pred_path, encoding='utf-8'):
        rec = json.loads(line)
        preds[str(rec['id'])] = rec.get('quotes') or []
    named = resolved = null_entity = 0
    for line in open(gold_path, encoding='utf-8'):
        doc = json.loads(line)
        quotes = preds.get(str(doc['id']), [])
        for a in doc['attributions']:
            src = a.get('source')
            if not src:
                continue
            words = name_words(src['text'])
            if not words:
                continue
            for q in a.get('quotes', []):
                if q.get('nested') or len(q['text'].split()) < 4:
                    continue
                glen = q['end'] - q['start']
                best, best_ov = None, 0
                for p in quotes:
                    ov = max(0, min(q['end'], p['end']) - max(q['start'], p['start']))
                    if ov > best_ov:
                        best, best_ov = p, ov
                if best is None or best_ov * 2 < glen:
                    continue
                named += 1
                speaker = best.get('speaker') or {}
                name = speaker.get('name')
                if not name:
                    null_entity += 1
                elif set(words) & set(fold(name).split()):
                    resolved += 1
    share = resolved / named if named else 0.0
    print(f'quotes whose gold source names someone: {named}')
    print(f'  speaker resolved to an entity with that name: {resolved} ({100 * share:.1f}%)')
    print(f'  speaker with no entity: {null_entity}')
    print(json.dumps({'named': named, 'resolved': resolved, 'null_entity': null_entity, 'accuracy': share}))


if __name__ == '__main__':
    main()
