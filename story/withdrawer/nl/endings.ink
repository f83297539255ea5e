// De eindes van de route van wie terugtrekt: verdiend door de hele dans (w5_settle in ../common/phase5.ink).

// Hoe vaak, in woorden (het einde noemt geen cijfers): ‘twee keer’, ‘drie keer’, ‘vier keer’.
=== function w_times(n) ===
{ n:
- 2: ~ return "Twee keer"
- 3: ~ return "Drie keer"
- else: ~ return "Vier keer"
}

=== function w_times_lower(n) ===
{ n:
- 2: ~ return "twee keer"
- 3: ~ return "drie keer"
- else: ~ return "vier keer"
}

// De hoeveelste keer, in woorden: ‘derde’, ‘vierde’, ‘vijfde’.
=== function w_ordinal(n) ===
{ n:
- 3: ~ return "derde"
- 4: ~ return "vierde"
- else: ~ return "vijfde"
}

=== w_ending_cycle ===
# ending: cycle
Het worden goede weken. Op zondag haal je verse croissants, je zegt ‘wij’ zonder te schrikken, je leest {zijn()} berichten meteen. ‘Deze keer blijf ik,’ zeg je op een avond, en je gelooft elk woord, net als {w2_call == "courted":die eerste keer dat je {hem()} ’s nachts belde en terugwon|die eerste zomer}.
{partner_state():
- "close": {Hij()} gelooft je meteen. Je ziet het aan de tandenborstel die {hij()} bij jou laat staan.
- "far": {Hij()} zegt er niets op. {Hij()} wacht af, en jij gaat het bewijzen, elke dag opnieuw.
- else: ‘We zien wel,’ zegt {hij()}, maar {hij()} blijft die nacht slapen.
}
{reply_recalled()} {Zijn()} brief ligt nu in een doos, bij de foto’s{w4_reply != "none":, met je antwoord erbij}. Jullie praten er niet over.
Dan, in de zesde week, legt {hij()} een sleutel naast je bord. Het wordt krap in je borst. {w3_fled_night:Om drie uur sta je weer naast {zijn()} bed met je schoenen in je hand, zoals die nacht toen, en je weet al precies hoe de trap klinkt.|Om drie uur lig je wakker en tel je de stappen naar de deur.}
{w5_comebacks():
- 0: Al die tijd ging je nooit echt weg en kwam je nooit echt terug. Nu ga je, voor het eerst.
- 1: Eén keer ben je gegaan en teruggekomen. Nu ga je voor de tweede keer.
- else: {w_times(w5_comebacks())} ben je gegaan, {w_times_lower(w5_comebacks())} teruggekomen. Nu ga je voor de {w_ordinal(w5_comebacks() + 1)} keer.
}
De dagen erna zijn grauw. Je eet niet goed, je slaapt slecht en je telefoon ligt naast je kussen. Steeds weer zie je het dak van Bas voor je, het trappenhuis, dat ‘wacht’. Je ziet precies waar het omsloeg: het moment dat {hij()} wegliep en jij rende. In je hoofd is er een versie waarin je die avond bij de afwas bleef staan. Daarin heb je {hem()} misschien niet, maar je hoeft {hem()} ook niet steeds opnieuw kwijt te raken.
-> END

=== w_ending_role_switch ===
# ending: role-switch
Je gaat {partner_name} achterna, de trap af, maar {hij()} wil niet meer. ‘Je komt pas als ik ga,’ zegt {ie()}. ‘Dat weet ik nu.’
{partner_state():
- "close": {Zijn()} hand ligt nog even op de leuning, vlak naast de jouwe. Dan trekt {hij()} die terug.
- "far": {Hij()} zegt het zonder om te kijken, al twee treden lager.
- else: {Hij()} zegt het vriendelijk. Dat is het ergste.
}
{reply_recalled()} {Zijn()} brief heb je nog. Je leest hem niet meer.
Drie weken later vertrekt Lou naar Montreal. Op Schiphol geeft Lou je een knuffel die een tel te kort duurt. Daarna begint het: je rekent uit hoe laat het daar is, je stuurt foto’s van de gracht, je wacht op twee blauwe vinkjes. Lou antwoordt na een dag, na twee, met een duim.
Op een nacht lig je met je telefoon op je borst en begrijp je het ineens. Je zit op de stoel waar {partner_name} een jaar op zat. Het wachten, het staren naar een leeg scherm, de hoop bij elk trillen. Jij bent nu degene die erachteraan loopt, en Lou heeft de ademruimte nodig.
Het is dezelfde dans. Je staat alleen aan de andere kant van de zaal.
-> END

=== w_ending_closed_heart ===
# ending: closed-heart
De deur van het trappenhuis valt dicht, en de deur in jou ook. Het is stil. Niemand verwacht iets van je.
{partner_state():
- "close": Je hoort {hem()} nog even op de overloop staan. {Hij()} wacht. Dan de trap.
- "far": {Zijn()} voetstappen gaan de trap af zonder te stoppen.
- else: Halverwege de trap houden {zijn()} voetstappen even op. Dan gaan ze verder.
}
{reply_recalled()} {Zijn()} brief gaat een week later bij het oud papier, tussen de folders. Je merkt dat je niets voelt, en je noemt dat rust.
{w4_no_show:Je denkt nog één keer aan het festival, aan {hem()} bij de ingang met twee bandjes om {zijn()} pols, en aan jou thuis op de bank.|Je denkt nog één keer aan {zijn()} hand op de tafel van het café, de hand die jij liet liggen.} Daarna niet meer.
Je bent vrij. Je slaapt schuin over het bed, je gaat weg wanneer je wilt, je hoeft nergens te zijn. Lou stuurt een foto uit Montreal; je zet er een duim onder.
De dagen erna zijn vlak. Niet verdrietig, niet blij. Je werkt, je sport, je kookt voor één. Soms pak je in de supermarkt twee van iets en leg je er een terug. Je gaat de laatste avond steeds weer na en zoekt waar het had kunnen omslaan: die vraag, ‘waarom liep je steeds weg’, en jouw grap. Er is een versie waarin je ‘omdat ik bang was’ zei. Die bewaar je achter de deur, waar ze niemand kwaad doet.
-> END

=== w_ending_step_out ===
# ending: step-out
Je blijft. Je droogt glazen bij Bas tot de laatste gast weg is. Het trekt nog steeds, en je blijft toch.
Een week later drink je koffie met {partner_name}, op een terras, met een tafel tussen jullie. {Hij()} is nog met iemand anders; ook dat hoort bij de waarheid. En jij vertelt de jouwe: dat je bang wordt als iemand dichtbij komt, al zo lang je je kunt herinneren, en dat je dan gaat rennen, de ene of de andere kant op. {w2_word == "fear":Je zei het al eens, half, in het café op de hoek, met een viltje tussen je vingers. Nu zeg je het helemaal, en als het stil wordt, vul je de stilte niet.|Als het stil wordt, vul je de stilte niet.} {Hij()} luistert en kijkt je aan, en jij kijkt niet weg. Je gaat er niet dood aan.
{partner_state():
- "close": Aan het eind legt {hij()} even {zijn()} hand op je pols. ‘Nu snap ik die deur,’ zegt {hij()}.
- "far": {Hij()} roert lang in {zijn()} koffie. ‘Dit had ik een jaar geleden willen horen,’ zegt {hij()}, niet boos.
- else: ‘Ik weet niet wat ik hiermee moet,’ zegt {hij()}. ‘Maar ik ben blij dat je het zegt.’
}
{reply_recalled()} {Zijn()} brief heb je nog. Dit gesprek is je antwoord.
Er wordt niets hersteld. {Hij()} fietst naar huis, naar iemand anders, en jij loopt naar huis met een lijf dat nog trilt.
De dagen erna zijn zwaar. Je bent somber, je huilt in de tram om niets. In gedachten ga je alle keren langs dat je wegliep: {w3_fled_night:de nacht met je schoenen in je hand, }de koele berichten, de deur. Je ziet de versie waarin je het een jaar eerder had gezegd. Misschien was {hij()} dan gebleven. Misschien ook niet. Maar de angst heeft nu een naam, en die naam kun je de volgende keer hardop zeggen.
-> END
