#!/usr/bin/env python3
"""Refait un tirage au sort de Maillage (méthode maillage-tirage-1) à partir de ses données publiées.

Usage :
    python3 verifier-tirage.py plan vivier-gele.csv plan-1000-billets.txt ["phrase publique"] [suppléants]
        méthode maillage-tirage-2 (quotas par critère, LEXIMIN, plan publié avant la phrase) : vérifie que le
        plan nomme ce vivier, que les pseudonymes sont uniques, que chaque panel respecte les sièges, chaque
        quota et la règle « une personne par foyer », puis refait le tirage du billet et des suppléants ;
    python3 verifier-tirage.py "phrase publique de départ" quotas.txt vivier-anonymise.csv [suppléants_par_siège]
        méthode maillage-tirage-1 (cases croisées), pour les tirages antérieurs.

Les empreintes sont celles de la page : SHA-256 du texte sans BOM, fins de ligne « \\n », sans espaces
en fin de ligne ni lignes vides. La dernière ligne dit « conforme » ou « non conforme ».

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


def canonique(contenu):
    """Le texte tel qu'on en calcule l'empreinte : sans BOM, fins de ligne « \\n », sans espaces en fin
    de ligne ni lignes vides. Un fichier réenregistré (CRLF, BOM) garde donc la même empreinte."""
    texte = contenu.decode("utf-8") if isinstance(contenu, bytes) else contenu
    if texte.startswith("\ufeff"):
        texte = texte[1:]
    lignes = [l.rstrip() for l in texte.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "".join(l + "\n" for l in lignes if l)


def empreinte(contenu):
    return hashlib.sha256(canonique(contenu).encode("utf-8")).hexdigest()


def lire_vivier(texte, problemes):
    vivier = []
    vus = set()
    for ligne in canonique(texte).split("\n"):
        if not ligne.strip() or ligne.strip().lower() == "reference;genre;tranche_age;quartier":
            continue
        ref, genre, tranche, quartier = ligne.strip().split(";")
        if ref in vus:
            problemes.append("pseudonyme en double : " + ref)
            continue
        vus.add(ref)
        vivier.append((ref, genre, tranche, quartier))
    return sorted(vivier)


def lire_quotas(texte):
    cases = []
    for ligne in canonique(texte).split("\n"):
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


def lire_plan(texte):
    tete, quotas, panels = {}, [], []
    for ligne in canonique(texte).split("\n"):
        if not ligne:
            continue
        parties = ligne.split(";")
        if parties[0] == "quota":
            quotas.append((parties[1], parties[2], int(parties[3]), int(parties[4])))
        elif parties[0] == "panel":
            panels.append((int(parties[1]), parties[2].split()))
        else:
            tete[parties[0]] = parties[1] if len(parties) > 1 else ""
    return tete, quotas, panels


def lire_vivier_2(texte, problemes):
    lignes = canonique(texte).split("\n")[:-1]
    entete = lignes[0].split(";")
    if entete[:2] != ["reference", "foyer"]:
        raise SystemExit("En-tête du vivier inattendu : " + lignes[0])
    personnes = {}
    for ligne in lignes[1:]:
        valeurs = ligne.split(";")
        if len(valeurs) != len(entete):
            raise SystemExit("Ligne illisible : " + ligne)
        if valeurs[0] in personnes:
            problemes.append("pseudonyme en double : " + valeurs[0])
            continue
        personnes[valeurs[0]] = dict(zip(entete, [v.strip() for v in valeurs]))
    return personnes


def defauts_du_panel(panel, personnes, sieges, quotas, un_par_foyer):
    defauts = []
    if len(panel) != sieges or len(set(panel)) != len(panel):
        defauts.append("%d personnes au lieu de %d" % (len(set(panel)), sieges))
    inconnus = [r for r in panel if r not in personnes]
    if inconnus:
        defauts.append("inconnus : " + " ".join(inconnus))
    membres = [personnes[r] for r in set(panel) if r in personnes]
    for critere, valeur, mini, maxi in quotas:
        n = sum(1 for m in membres if m.get(critere) == valeur)
        if not mini <= n <= maxi:
            defauts.append("%s=%s : %d (attendu %d à %d)" % (critere, valeur, n, mini, maxi))
    if un_par_foyer:
        foyers = [m["foyer"] for m in membres if m["foyer"]]
        if len(foyers) != len(set(foyers)):
            defauts.append("deux personnes du même foyer")
    return defauts


def verifier_2(vivier, plan, phrase, suppleants):
    """Méthode maillage-tirage-2 : vivier gelé et plan de 1 000 billets publiés avant la phrase."""
    problemes = []
    personnes = lire_vivier_2(vivier, problemes)
    tete, quotas, panels = lire_plan(plan)
    print("empreinte du vivier   :", empreinte(vivier))
    print("empreinte du plan     :", empreinte(plan))
    if tete.get("vivier") != empreinte(vivier):
        problemes.append("le plan ne nomme pas ce vivier (%s)" % tete.get("vivier"))
    sieges = int(tete.get("sieges", "0"))
    billets = sum(n for n, _ in panels)
    if billets != 1000:
        problemes.append("%d billets au lieu de 1000" % billets)
    for numero, (_, panel) in enumerate(panels, 1):
        for defaut in defauts_du_panel(panel, personnes, sieges, quotas, tete.get("un_par_foyer") == "oui"):
            problemes.append("panel %d : %s" % (numero, defaut))
    print("personnes, sièges     : %d, %d ; %d panels vérifiés" % (len(personnes), sieges, len(panels)))
    if phrase is not None and billets == 1000:
        suite = Suite(graine(phrase))
        billet = suite.sous(1000)
        cumul = 0
        for n, panel in panels:
            cumul += n
            if billet < cumul:
                break
        autres = [r for r in sorted(personnes) if r not in set(panel)]
        for i in range(len(autres) - 1, 0, -1):
            j = suite.sous(i + 1)
            autres[i], autres[j] = autres[j], autres[i]
        print("graine                :", graine(phrase).hex())
        print("billet tiré           :", billet)
        print("tirés                 :", " ".join(panel))
        print("suppléants            :", " ".join(autres[:suppleants]))
    return problemes


def main():
    arguments = sys.argv[1:]
    if len(arguments) >= 2 and arguments[0] == "plan":
        # plan vivier.csv plan.txt ["phrase"] [suppléants]
        with open(arguments[1], "rb") as f:
            vivier = f.read()
        with open(arguments[2], "rb") as f:
            plan = f.read()
        phrase = arguments[3] if len(arguments) > 3 else None
        suppleants = int(arguments[4]) if len(arguments) > 4 else 0
        problemes = verifier_2(vivier, plan, phrase, suppleants)
    elif len(arguments) >= 3:
        phrase = arguments[0]
        with open(arguments[1], "rb") as f:
            cases = lire_quotas(f.read())
        with open(arguments[2], "rb") as f:
            contenu = f.read()
        suppleants = int(arguments[3]) if len(arguments) > 3 else 1
        problemes = []
        print("graine                :", graine(phrase).hex())
        print("empreinte du vivier   :", empreinte(contenu))
        vivier = lire_vivier(contenu, problemes)
        print("taille du vivier      :", len(vivier))
        for case, tires, suppl in tirer(phrase, cases, vivier, suppleants):
            print("%s;%d  tirés : %s  suppléants : %s" % (";".join(case[:3]), case[3], " ".join(tires), " ".join(suppl)))
    else:
        raise SystemExit(__doc__)
    for probleme in problemes:
        print("problème              :", probleme)
    print("non conforme" if problemes else "conforme")
    sys.exit(1 if problemes else 0)


if __name__ == "__main__":
    main()
