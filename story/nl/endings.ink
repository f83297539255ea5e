// Eindes — vier wegen van het dak af, elk verdiend door de hele dans (p5_settle() in
// ../common/phase5.ink): het laatste antwoord van de finale (p5_click) kiest alleen binnen
// wat het patroon toelaat, dus elk einde begint met een brug vanaf dat antwoord. Elk vertelt
// de dans van deze speler in één of twee nachten en zegt waar de brief echt is. Waar het
// uitgaat (kringloop, dichte hart, uitstappen), krijgen de dagen erna hun eigen stuk: de
// somberheid, het terugspoelen, de versie waarin het wel lukte. De hulp staat op de eindkaart.

=== ending_cycle ===
# ending: cycle
# scene: bedroom
{p5_click:
- "go": De eerste weken is {ze()} alles wat {ze()} beloofd heeft. {Ze()} belt als {ze()} zegt dat {ze()} belt. Zelfs Noor gaat overstag, met tegenzin. Voorzichtig ga je weer op allebei je benen staan.
- "walk": Je komt tot de stoep. Op de hoek licht je telefoon op: ‘je hebt gelijk. sorry. morgen?’ Voor je sleutel in het slot zit, heb je ja gezegd. De eerste weken is {ze()} alles wat {ze()} beloofd heeft.
- else: Dat beleefde welterusten houdt het uit tot dinsdag. Dan stuur je één bericht, niet meer dan één, en binnen een minuut heb je antwoord. De eerste weken is {ze()} alles wat {ze()} beloofd heeft.
}
{partner_close():Een tijdje is {hij()} degene die als eerste naar je toe komt: een hand op je rug in de supermarkt, twee keer je naam in één zin.|Ook in de goede weken staat {ze()} met één been buiten, en je leert te gaan zitten waar je de deur kunt zien.}
Dan komt er een dinsdag. {Ze()} heeft even een weekend voor zichzelf nodig. Het weekend wordt tien dagen, de berichten worden korter, en dan verdwijnt de x aan het eind.
Je kent deze passen: het checken, het wachten, het luchtige ‘geen probleem!’ waar je een hele avond over doet. Je denkt aan {p5_gave_image()}, met je telefoon open en bloot op tafel.{held > 0: En een nee van jou hield wel eens stand, {p5_held_image()}. Ergens weet je dat nog.}
{letter_recalled()} {p4_letter_sent():In de goede weken zei {ze()} dat {ze()} je brief nog had. Waar, zei {ie()} nooit.|De brief ligt nog in je la. In de goede weken had je hem {hem()} bijna gegeven. Je hebt hem nooit verstuurd, en nu ook niet.}
Het eindigt zoals het altijd eindigt: geen deur die dichtslaat, maar een deur die niet meer opengaat. Op een donderdag antwoordt {ze()} niet, en daarna ook niet meer.
De weken daarna doe je wat moet. Je gaat naar je werk, je komt thuis, je gaat liggen. Je eet crackers boven het aanrecht. Als Noor belt, laat je de telefoon overgaan en stuur je later een duimpje.
’s Nachts speel je het af, steeds vanaf een ander punt. {partner_close():Die hand op je rug in de supermarkt: wanneer werd dat minder, en waarom zag je het niet?|Dat been buiten de deur, al in de goede weken: had je daar iets van moeten zeggen, of juist niet?} Elke keer vind je een plek waar het nog goed had kunnen gaan, als jij maar iets anders had gedaan.
En dan is er de andere versie, die je jezelf vertelt tot je slaapt. Daarin blijft {ze()} die dinsdag gewoon thuis. Jullie doen samen boodschappen, maken ruzie over de vaatwasser, en het geeft niet. Je weet in die versie zelfs welke kleur de bank heeft.
Het is het enige huis waar je nog graag komt. Dan is het voorjaar.
# scene: party
En dan is er een feest: een gang vol jassen, muziek te hard om bij na te denken. Aan de andere kant van de kamer leunt een onbekende in een deuropening, een beetje apart, met de blik van iemand die elk moment kan vertrekken.
Je maag draait zich een heel klein beetje om. Je voelt het. Je lacht toch terug.
Het ging nooit alleen om {hem()}. Ergens zet iemand de muziek harder.
-> END

=== ending_role_switch ===
# ending: role-switch
# scene: bedroom
{p5_click == "go":Je wordt om zeven uur wakker in {zijn()} bed, met het licht van de verkeerde kant, en één ademhaling lang is je lijf gewoon blij. Dan je telefoon: ‘Goed thuisgekomen? x’ van Robin, om kwart over twee. Daarna niets. Robin zou er nooit twee sturen.|Je gaat alleen naar huis, en negen dagen lang ben je daar trots op. Dan zegt Robin, met een pan in de hand: ‘We zouden iets groters kunnen zoeken.’ Je hele lijf zoekt de deur. Die zondag bel je {hem()}. {Ze()} neemt meteen op.}
{p5_robin_close:
- "honest": Je hebt Robin ooit verteld dat nabijheid je bang maakt, en Robin zei: dan doen we het langzaam. Het ging zo goed.
- "fled": Je stond al weken half buiten de deur, antwoordde op dinsdag, met grapjes. Robin heeft nooit geklaagd, geen enkele keer.
- "smoothed": ‘Ik jou ook,’ zei je, die zondag. Het was toen niet waar. Nu is het nog minder waar, en alleen jij weet hoeveel minder.
}
Maandag ga je naar de fietsenmaker, omdat Robin een gezicht verdient en geen berichtje. Robin staat een wiel te richten en houdt het met één hand stil als je binnenkomt. # partner: away
Je zegt het onhandig. Robin luistert tot het eind. ‘Dat dacht ik al een beetje,’ zegt Robin, en dan: ‘Ik hoop dat het goed voor je is.’ Juist die vriendelijkheid is niet te verdragen. Met boosheid had je geweten wat je moest doen.
Bij Robin hield jij de nooduitgangen in de gaten. Bij {hem()} sta jij op de deur te kloppen. {p5_robin == 1:Je hield het met Robin luchtig, zodat niemand gekwetst kon raken, en toch raakte er iemand gekwetst.} Dezelfde angst in een andere jas. Bij {hem()} blijft tenminste nooit iemand.
Je denkt aan {p5_gave_image()}: dezelfde pas, zie je nu, alleen de andere kant op.
# partner: here
{letter_recalled()} {p4_letter_sent():{Ze()} heeft je brief nog; {ze()} zegt dat {ze()} hem heeft gelezen tot de vouwen zacht werden. Je zou willen vragen bij welke zin {ze()} bleef hangen. Je doet het niet.|Nu ben je blij dat de brief nooit verstuurd is: {ze()} zou er alleen de weg naar jou in lezen.}
Een tijdlang is het heerlijk. Dan komt er een dinsdag, en heeft {ze()} wat lucht nodig{partner_far():, en je hoort jezelf ‘natuurlijk’ zeggen met de stem van Robin|, en jij bent degene die voor het raam staat}.
Soms fiets je langs de fietsenmaker. Het licht is altijd aan. Door het raam zie je Robin voluit lachen met iemand die je niet kent. Je gaat niet langzamer fietsen. Sneller ook niet. # partner: away
-> END

=== ending_closed_heart ===
# ending: closed-heart
# scene: home # partner: away
{p5_click:
- "go": Je gaat met {hem()} mee, en je kijkt ernaar vanaf het plafond. Om vijf uur kleed je je aan in het donker en laat je jezelf uit; {ze()} slaapt nog, één arm over de plek waar jij lag. Thuis huil je niet.
- "walk": Je loopt alleen de trap af, en tot beneden voelt het als moed. Op de stoep merk je dat je helemaal niets voelt. Thuis huil je niet.
- else: Om half drie ben je thuis, en je huilt niet.
}
Je poetst je tanden, zet de wekker en slaapt diep en zonder dromen. ’s Ochtends: niets. Je probeert het uit: {zijn()} naam, {zijn()} handen, {p5_missing == "fed":de merel om vier uur ’s nachts|die hittegolfzomer op dezelfde afdeling}. Niets. Het voelt als winnen.
{partner_close():Een week later schrijft {ze()}: ‘Ik meende het. Als je ooit wilt praten, ben ik er.’ Twee weken later nog een keer.|Een week later schrijft {ze()} één keer: ‘Ik meende het.’ Daarna niets meer.} Je archiveert het, en je dag gaat gewoon door.
Je leven wordt heel overzichtelijk. Je bent beter in je werk dan ooit, en de plant op je bureau heeft een zusje gekregen.
Verdriet is het niet. Het is grijzer. De dagen zijn even lang als vroeger, en er zit minder in. Op zondag lig je tot halverwege de middag op de bank, bij een serie waar je achteraf niets meer van weet, en dat noem je rust.
In de supermarkt pak je een keer {zijn()} koffie uit het schap. Je zet hem terug voordat iemand het ziet.
Alleen je slaap houdt zich niet aan de afspraak. Soms droom je de andere versie, waarin {ze()} gewoon bleef en jij ook: een keuken, een zondag, niemand die ergens bang voor is. Je wordt wakker met iets warms in je borst, en je ruimt het op voor je je tanden hebt gepoetst.
{p5_robin:
- 0: Robin zwaait nog als je langs de fietsenmaker komt. Je zwaait terug, vriendelijk en onbereikbaar, tot Robin niet meer opkijkt.
- 1: De donderdagen met Robin worden schaarser. Je maakt er geen eind aan; je hebt het gewoon druk, tot ze vanzelf ophouden.
- 2: Robin houdt het vol tot de eerste nachtvorst. {p5_robin_close == "honest":Je hebt Robin ooit verteld dat nabijheid je bang maakt. Zulke dingen zeg je niet meer, en Robin merkt het eerder dan jij.|Robin blijft zachtjes kloppen, tot er op een dag Robins sleutel op je tafel ligt, met een briefje: ik hoop dat er ooit iemand binnenkomt.}
}
‘Het gaat goed met je, zie ik,’ zegt Noor op een woensdag, en het is geen compliment. Je vat het wel zo op.
{held > 0:Nee zeggen heb je wel geleerd: {p5_held_image()}, hield je nee stand, zoals een muur standhoudt en niet een deur.|Nee zeggen en het menen heb je nooit echt geleerd. Je leerde iets wat sneller gaat: niets meer willen waar een nee voor nodig is.}{rounds > 0: Aan de keer dat het niet hield, {p5_gave_image()}, denk je liever niet. Dus doe je dat niet.}
Je hebt in weken niet aan de brief gedacht. {letter_recalled()} {p4_letter_sent():Ergens in {zijn()} huis zit die nog in de envelop die je op de bus deed. Wat erin staat, is van iemand die je vroeger kende.|Nooit verstuurd. Wat erin staat, is nu van iemand die je vroeger kende.}
Niemand kan je nu nog verlaten; dat was de afspraak. Het is stil hierbinnen, en veilig: niemand die je hand vasthoudt, niemand die hem loslaat.
Soms, heel vroeg, wil er iets schuws in je naar buiten. Je houdt je heel stil. Daar ben je goed in geworden. Na een tijdje trekt het zich weer terug.
-> END

=== ending_step_out ===
# ending: step-out
# scene: party-later # partner: away
{p5_click:
- "go": Je gaat met {hem()} mee. Het is teder, en het is de laatste keer, en op de trap wist een deel van je dat al. Om zes uur zit je op de rand van {zijn()} bed en zeg je het: je gaat, en niet om iemand te straffen. Dan ga je.
- "cold": Dat beleefde welterusten houdt het twee trappen vol. Op de overloop van de eerste verdieping begeeft het, en alles wat je op het dak niet voelde, komt in één keer. Je laat het komen. Beneden huil je, echt, voor het eerst sinds het voorjaar.
- else: Beneden ruikt de lucht naar regen op warme stenen. Je staat op de stoep en huilt, echt, voor het eerst sinds het voorjaar, en er hoeft niemand te zeggen dat je moet ophouden.
}
{p5_anger == "named":Noor komt je achterna, geeft je een zakdoekje dat duidelijk een wasbeurt heeft overleefd, en zegt helemaal niets. Je hebt nooit in haar arm geknepen. Je ging gewoon.|{partner_close():Boven op het dak staat {ze()} bij de reling naar beneden te kijken. Je kijkt niet op.|Niemand loopt je achterna. Dat had je ook niet verwacht, en het geeft niet.}}
# scene: home # partner: away
Je fietst de lange weg naar huis, langs het water. Het verlangen zit achterop. Het mag mee, het mag alleen niet sturen.
{held > 0:{held_first_phase == 5:Het is het eerste nee van jou dat ooit standhield, en het hield stand tot helemaal beneden aan de trap.|Je denkt terug: {p5_held_image()}, hield je nee voor het eerst stand. Vannacht hield het weer.}|Op het dak liet je een kier open voor {hem()}, en toen deed je die zelf weer dicht. Dat telt ook.}{rounds > 0: En {p5_gave_image()}: ook die nacht had je nodig, om de passen goed genoeg te leren om ermee op te houden.}
De eerste weken zijn niet schoon. Je slaapt slecht en te lang. Je staat in de keuken en weet niet meer waarvoor. Drie keer heb je {zijn()} nummer al in beeld, drie keer leg je de telefoon weg, en dat is het werk van een hele dag.
In je hoofd speel je het dak steeds opnieuw af. {p5_click == "go":Je blijft die ochtend gewoon liggen, in plaats van op de rand van het bed te gaan zitten.|{Ze()} komt je achterna, de trap af, en zegt het ene wat alles anders maakt.} {rounds > 0:Of je gaat verder terug, naar {p5_gave_image()}, en zegt het daar anders.|Of je gaat verder terug, naar het feest waar het begon, en vraagt je af wat er was gebeurd als jullie allebei minder bang waren geweest.}
En soms, vlak voor je slaapt, gun je jezelf de versie waarin het lukte. Die therapeut hielp, {ze()} bleef, en op zondag lazen jullie samen de krant zonder dat iemand hoefde te vluchten. Je weet dat je die versie zelf hebt geschreven. Je leest hem toch, en je huilt erom, en dan is het ochtend.
Het duurt tot in de winter. Dan wordt het verdriet langzaam van het soort dat beweegt.
{Ze()} schrijft één keer: ‘Ik meende het echt, weet je.’ Je gelooft {hem()}. ‘Dat weet ik,’ schrijf je terug. ‘Ik hoop dat het goed met je gaat.’ Daarna is het stil.
{letter_recalled()} {p4_letter_sent():Je schreef die brief om antwoord te krijgen. Ergens in die winter merk je dat je daar niet meer op wacht.|Op een avond haal je de brief uit de la, nooit verstuurd, leest hem één keer en gooit hem bij het oud papier, tussen de folders van de pizzeria. Die was al die tijd voor jezelf.}
{p5_robin == 2 && p5_robin_close == "honest":
    Op een zaterdag kom je langs de fietsenmaker. Het licht brandt; dat doet het altijd. Robin kijkt op van een wiel, met zwarte vingers. ‘Hé,’ zegt Robin. Meer niet. Je gaat naar binnen. Er springt niets op in je. Er komt juist iets tot rust.
- else:
    {p5_robin > 0:
        Je bent Robin een echt gesprek schuldig, en dat voer je op het bankje voor de winkel: je was er niet echt. Robin knikt. ‘En nu?’ Je weet het nog niet. Het is in tijden het eerste eerlijke antwoord dat je iemand geeft, en Robin lijkt het een goed antwoord te vinden.
    - else:
        Op een middag stap je binnen bij de fietsenmaker en vraag je of dat aanbod van de vis nog staat. ‘Altijd,’ zegt Robin, en grijnst. Misschien wordt het iets, misschien niet. Je kunt het afwachten, en dat is nieuw.
    }
}
Je weet niet hoe dit afloopt. Maar de volgende keer dat iemand je over een volle kamer heen aankijkt, luister je naar je maag, denk je. Iemand die er gewoon is, en blijft: misschien herken je dat zelfs.
-> END

// Het eerste nee van jou dat standhield toen {hij()} terugkwam: een nacht, zonder hoofdletter.
=== function p5_held_image() ===
{held_first_phase:
- 1: op het feest waar het begon, toen je ‘niet vannacht’ zei en het de volgende dag nog meende
- 2: die ene nacht in het voorjaar, toen {ze()} belde en je nee de ochtend haalde
- 3: in de weken van het café, toen {ze()} weer langskwam en je nee bleef liggen waar je het had neergelegd
- 4: die zomer, met het festival nog in je haar, toen {ze()} terugkwam en je niet toegaf
- else: die nacht op het dak
}

// Het laatste nee dat het begaf toen {hij()} terugkwam: een nacht, zonder hoofdletter.
=== function p5_gave_image() ===
{gave_last_phase:
- 1: die allereerste nacht, toen ‘niet vannacht’ al ja was voor jullie de brug over waren
- 2: die nacht in het voorjaar dat je nee precies één telefoontje duurde
- 3: de nacht na het café, toen de honger won en je {hem()} weer dichtbij liet
- 4: de zomernacht dat {ze()} terugkwam en je dat nee zonder een woord liet gaan
- 5: die nacht op het dak, toen het nee van twee uur eerder het begaf
- else: al die nachten waarin je nooit nee zei
}
