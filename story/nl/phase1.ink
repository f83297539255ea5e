// Fase 1 — De opening. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht.

=== party ===
# phase: 1
# scene: party
Later, als je probeert terug te vinden waar het begon, kom je altijd hier uit: op een steile trap die ruikt naar natte jassen en iemands shagje, drie hoog onder een feest, met de vlakke hand van Noor tussen je schouderbladen. Ze duwt.
Boven gaat een deur open en de muziek valt in één keer het trappenhuis in, het hele nummer tegelijk, als een boodschappentas die scheurt. Noor joelt. Jij lacht. Je hart gaat sneller dan drie trappen kunnen verklaren.
Jip is jarig en heeft net een nieuw huis; het feest is voor allebei, dat scheelt een taart. Op de uitnodiging stond: neem een fles mee en iemand die je leuk vindt. Noor heeft jou meegenomen. Jij hebt een fles cava bij je die de hele fietstocht in je fietstas heeft liggen rammelen en zo meteen als een vuurpijl afgaat in het gezicht van wie er het dichtst bij staat.
Op de laatste overloop blijft Noor staan. Ze draait zich om en houdt haar hoofd schuin. Ze kent je sinds jullie elf waren, dus ze heeft elke versie van je gezicht al eens gezien, deze ook. ‘Even voor we naar binnen gaan,’ zegt ze. ‘Gaat dit over {partner_name}?’
‘Wat? Nee.’ Het komt er een halve toon te hoog uit, en dat horen jullie allebei.
‘Jip zegt dat {hij()} ook komt,’ zegt Noor zacht, zoals je iemand slecht nieuws vertelt, en ze duwt de deur open.
Je hebt {partner_name} precies vier keer gezien, niet dat je het bijhoudt. In maart, op de opening van Noors fototentoonstelling, waar {hij()} tien minuten voor de slechtste foto van de zaal stond alsof het de beste was. In mei, toen {hij()} je langs de gracht voorbijfietste in de regen, zonder handen, een appel tussen {zijn()} tanden. En twee keer op de zaterdagmarkt bij de kaaskraam, waar jij een kaas kocht die je niet hoefde, alleen om ergens te kunnen blijven staan.
Jullie hebben nog nooit een woord gewisseld. Alles wat je weet heb je van horen zeggen, en het spreekt elkaar een beetje tegen: dat {hij()} een jaar in Lissabon heeft gewoond, of in Porto; dat {hij()} oude piano's opknapt, of oude boten; dat {hij()} grappig is, dat {hij()} gedoe is, dat {hij()} de liefste is die Jip kent. Toen {zijn()} naam dit voorjaar een keer viel, zei Noor er luchtig achteraan: ‘Schat van een mens. Blijft nergens lang.’ Je hebt niet gevraagd wat ze bedoelde. Je hebt het weggelegd op een plek waar je nooit kijkt.
Binnen is het huis één lange gang met kamers eraan als de tanden van een kam. Lichtslingers, de verwarming te hoog, een bed dat verdrinkt onder de jassen. Het raam boven het jassenbed is zwart van de nacht en geeft je de kamer terug: Noor die met haar sjaal worstelt, de open deur, jij.
* [Bekijk je gezicht in het donkere glas en ga {hem()} dan zoeken #step: pursue]
    ~ step_pursue(1)
    Het raam geeft je een gezicht terug dat je maar half herkent: verhit, klaar voor iets, een beetje hongerig. Je duwt je haar goed, haalt het weer door de war, duwt het opnieuw goed. Dan stap je de gang in en laat je je blik langzaam door elke kamer gaan waar je in kunt kijken, als een vuurtoren die heel erg zijn best doet om nonchalant over te komen.
* [Zeg tegen Noor dat je hier bent voor haar en voor Jips taart, punt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben hier voor jou,’ zeg je. ‘En voor wat Jip dit jaar met een taart heeft uitgespookt.’ Noor kijkt je lang aan en zegt ‘Tuurlijk,’ op de toon die ze bewaart voor kleuters en douaniers. Je loopt met opgeheven kin naar binnen, vast van plan naar niemand te zoeken. Dat houd je ongeveer veertig seconden vol.
* [Geef toe dat je zenuwachtig bent, en vraag Noor of ze in de buurt blijft #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en het lucht op, alsof je een zware tas neerzet. ‘Verdwijn je niet meteen, het eerste uur?’ Noor haakt haar pink in de jouwe, zoals jullie op de basisschool deden. ‘Het eerste uur,’ zegt ze. ‘Daarna zoek je het zelf maar uit, het is een feest.’ Je schouders zakken een centimeter.
- -> looks

= looks
Je vindt {hem()} zonder te zoeken, zoals je tong een afgebrokkelde kies vindt. {partner_name} leunt in de deuropening van de keuken, een flesje bier losjes aan de hals, en luistert met {zijn()} hele gezicht naar iemand. {Hij()} is naar de kapper geweest sinds maart. Het staat {hem()} goed, en het ergert je dat je dat weet.
Dan kijkt {hij()} op, dwars door de gang, en vindt jou ook.
Het is geen vluchtige blik. Vluchtige blikken ketsen af. Deze landt en blijft liggen: drie tellen, vier, zoals je kijkt naar iemand op wie je al een tijd wacht en die te laat is. Iemand stoot je aan met een schaal chips en je merkt het nauwelijks.
* [Houd de blik vast, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. De gang lijkt tegelijk langer en korter te worden, zoals in films waar de camera wegrijdt en tegelijk inzoomt, en ergens in dat alles gaat een van {zijn()} mondhoeken omhoog. Geen glimlach, niet helemaal. Eerder een antwoord. Als er eindelijk iemand tussen jullie in stapt, merk je dat je ergens rond de vijfde tel bent opgehouden met ademen.
* [Kijk als eerste weg en lach om iets wat Noor zegt, hard genoeg #step: withdraw]
    ~ step_withdraw(1)
    Je draait je naar Noor en lacht om wat ze net zei (het ging over de taart, het was niet grappig), hoofd achterover, keel bloot, een lach voor een publiek van één. Je kijkt niet of het publiek meekijkt. Je voelt dat het meekijkt. Daar gaat het om.
* [Merk eerst op wat die blik met je doet, voor je er iets mee doet #step: ground]
    ~ step_ground(1)
    Er kruipt warmte in je nek omhoog. Je knieën hebben er ook een mening over. Je merkt het allemaal op, zoals je merkt wat voor weer het is, en dan geef je {hem()} een klein, gewoon knikje, hoi, ik zie je, en draai je je terug naar Noor, met een hart dat tekeergaat als een mot tegen een lamp. Het gaat nog steeds tekeer. Maar het is van jou.
- ‘O,’ zegt Noor naast je, heel zacht. ‘O. Dat is niet niks.’
-> circling

= circling
De volgende twee uur draaien jullie om elkaar heen als twee katten op hetzelfde erf.
Waar jij ook bent, {hij()} is één kamer verderop. Jij staat in de keuken; {hij()} staat op het balkon met de sigaret van iemand anders. Jij loopt de woonkamer in, waar ze op een vloerkleed dansen; {hij()} komt tegen de deurpost hangen. In de rij voor de wc staan er twee mensen tussen jullie in en bestuderen jullie allebei de poster van een skioord uit de jaren zeventig op de deur, alsof je er straks een overhoring over krijgt.
Twee keer denk je dat {hij()} naar je toe komt. Eén keer zet {hij()} het ook echt in, en dan onderschept Jip {hem()} met een dienblad vol iets op prikkers. Jij eet er drie van. Je zou niet kunnen zeggen wat het was.
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* (followed) [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker van een onbekende en stapt de kou in. Het balkon is smal, vol dode geraniums en een fiets die iemand drie trappen op heeft gesjouwd, en {partner_name} staat helemaal aan het eind naar de gracht te kijken. Je hebt een zin klaarliggen. Dan knalt achter je de deur open en stromen er vier mensen naar buiten om de buren toe te zingen, en {hij()} wordt meegesleurd in het gezang, en jij staat daar met een aansteker voor niemand, glimlachend alsof dit precies de bedoeling was.
* (danced) [Blijf binnen en dans met Noor; laat {hem()} maar naar jou komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht, zoals jullie altijd doen, een en al ellebogen. Het is een goede voorstelling. Als het nummer afgelopen is, staat {partner_name} in de deuropening met de kou van het balkon nog in {zijn()} trui, en kijkt naar je, en jij denkt: zo. Jouw zet. {Hij()} doet hem niet. Nog niet. Maar {hij()} gaat ook niet weg uit die deuropening.
* (stayed) [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Je blijft op de armleuning van de bank zitten, waar iemand in een gestreepte trui je de plot uitlegt van een Finse film, drie keer gezien, elke keer beter. Het is een belachelijke plot. Je stelt vragen. Tien hele minuten vergeet je bij te houden waar {partner_name} is, en als het je weer te binnen schiet, met een schok, staat {hij()} aan de andere kant van de kamer en kijkt naar jou, alsof {hij()} het al die tijd was die jou bijhield.
- -> p1_end_temp

= p1_end_temp
Het is de mooiste nacht die je je kunt herinneren. # pause: 1
-> text_message
