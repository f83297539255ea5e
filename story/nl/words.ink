// Nederlandse voornaamwoorden voor de partner, gekozen door de speler
// (partner_pronoun: "he" | "she"). Schrijf: {ze()} loopt binnen, je pakt {zijn()} hand,
// je kijkt naar {hem()}; met hoofdletter: {Ze()}, {Zijn()}. Gebruik {ze()} waar het woord
// geen nadruk heeft (bijna altijd) en {hij()} alleen waar het die wel heeft (‘{hij()} zelf’).

=== function hij() ===
{partner_pronoun == "she":zij|hij}

=== function Hij() ===
{partner_pronoun == "she":Zij|Hij}

=== function ie() ===
// spreektaal achter een werkwoord: ‘zegt ie’ / ‘zegt ze’
{partner_pronoun == "she":ze|ie}

=== function hem() ===
{partner_pronoun == "she":haar|hem}

=== function zijn() ===
{partner_pronoun == "she":haar|zijn}

=== function Zijn() ===
{partner_pronoun == "she":Haar|Zijn}

=== function Hem() ===
{partner_pronoun == "she":Haar|Hem}

=== function ze() ===
// onbeklemtoond: ‘Om tien uur knikt ze je toe’ / ‘knikt hij je toe’
{partner_pronoun == "she":ze|hij}

=== function Ze() ===
{partner_pronoun == "she":Ze|Hij}
