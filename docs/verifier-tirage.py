#!/usr/bin/env python3
"""Refait un tirage au sort de Maillage (méthode maillage-tirage-1) à partir de ses données publiées.

Usage :
    python3 verifier-tirage.py "phrase publique de départ" quotas.txt vivier-anonymise.csv [suppléants_par_siège]

quotas.txt : une case par ligne, « genre;tranche;quartier;sièges » (« * » pour un critère non utilisé),
par exemple « F;*;*;6 ». vivier-anonymise.csv : le fichier publié avec le tirage
(en-tête « reference;genre;tranche_age;quartier » puis une ligne par personne).

Python 3 seul, sans dépendance. La méthode est décrite dans docs/tirage-au-sort.md.
"""
import hashlib
import sys
import unicodedata


def graine(phrase):
    """SHA-256 de la phrase sans espaces au début et à la fin, en Unicode NFC, encodée en UTF-8."""
    return hashlib.sha256(unicodedata.normalize("NFC", phrase.strip()).encode("utf-8")).digest()


class Suite:
    """Nombres de 64 bits : bloc i = SHA-256(graine || i sur 8 octets gros-boutiste), 4 nombres par bloc."""

    def __init__(self, graine):
        self.graine = graine
        self.compteur = 0
        self.reserve = []

    def suivant(self):
        if not self.reserve:
            bloc = hashlib.sha256(self.graine + self.compteur.to_bytes(8, "big")).digest()
            self.compteur += 1
            self.reserve = [int.from_bytes(bloc[k:k + 8], "big") for k in range(0, 32, 8)]
        return self.reserve.pop(0)

    def sous(self, n):
        """Un entier entre 0 et n - 1, par rejet des valeurs de la dernière série incomplète."""
        limite = 2 ** 64 - (2 ** 64 % n)
        while True:
            x = self.suivant()
            if x < limite:
                return x % n


def lire_vivier(texte):
    vivier = []
    for ligne in texte.replace("\r", "").split("\n"):
        if not ligne.strip() or ligne.strip().lower() == "reference;genre;tranche_age;quartier":
            continue
        ref, genre, tranche, quartier = ligne.strip().split(";")
        vivier.append((ref, genre, tranche, quartier))
    return sorted(vivier)


def lire_quotas(texte):
    cases = []
    for ligne in texte.replace("\r", "").split("\n"):
        if ligne.strip():
            genre, tranche, quartier, sieges = [v.strip() or "*" for v in ligne.strip().split(";")]
            cases.append((genre, tranche, quartier, int(sieges)))
    return sorted(cases)


def convient(case, personne):
    return all(critere == "*" or critere == valeur for critere, valeur in zip(case[:3], personne[1:]))


def tirer(phrase, cases, vivier, suppleants_par_siege=1):
    suite = Suite(graine(phrase))
    resultat = []
    for case in cases:
        candidats = [p[0] for p in vivier if convient(case, p)]
        if len(candidats) < case[3]:
            raise SystemExit("Il faut %d personnes dans la case %s, le vivier n'en compte que %d."
                             % (case[3], ";".join(case[:3]), len(candidats)))
        for i in range(len(candidats) - 1, 0, -1):
            j = suite.sous(i + 1)
            candidats[i], candidats[j] = candidats[j], candidats[i]
        sieges = case[3]
        n_suppleants = min(len(candidats) - sieges, sieges * suppleants_par_siege)
        resultat.append((case, candidats[:sieges], candidats[sieges:sieges + n_suppleants]))
    return resultat


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    phrase = sys.argv[1]
    with open(sys.argv[2], encoding="utf-8") as f:
        cases = lire_quotas(f.read())
    with open(sys.argv[3], "rb") as f:
        contenu = f.read()
    suppleants = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    print("graine                :", graine(phrase).hex())
    print("empreinte du vivier   :", hashlib.sha256(contenu).hexdigest())
    vivier = lire_vivier(contenu.decode("utf-8"))
    print("taille du vivier      :", len(vivier))
    for case, tires, suppl in tirer(phrase, cases, vivier, suppleants):
        print("%s;%d  tirés : %s  suppléants : %s" % (";".join(case[:3]), case[3], " ".join(tires), " ".join(suppl)))


if __name__ == "__main__":
    main()
