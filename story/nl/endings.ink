// Eindes — vier wegen van het dak af, elk verdiend door het patroon van de speler
// (zie p5_pattern() in ../common/phase5.ink), en elk met een verwijzing naar hulp.

=== ending_cycle ===
# ending: cycle
# scene: bedroom
De eerste weken zijn alles wat er beloofd is. {Hij()} belt wanneer {hij()} dat zegt. {Hij()} wint Noor voor zich, tegen haar zin in. Voorzichtig ga je met je volle gewicht op de vloer staan.
{p5_answer == "believed":Je liet op het dak een kiertje open, en {hij()} kwam er precies zo doorheen als beloofd.|Op het dak zei je één keer nee. Je herinnert het je als een droom: even haarscherp, dan weg.}
Dan komt er een dinsdag. {Hij()} heeft even een weekend alleen nodig. Het weekend wordt tien dagen, de berichten worden korter, en dan eindigen ze met een punt.
Je kent deze passen: het checken, het wachten, het luchtige 'geen probleem!' waar je een avond over doet. {pursued > withdrew + grounded:De meeste passen in deze lange dans gingen naar {hem()} toe. Je voeten zijn vergeten dat er nog een andere richting bestaat.|Je hebt onderweg ook andere passen gezet. Alleen weten je voeten die nooit meer zodra {hij()} in de kamer is.}
{rounds > 0:{rounds == 1:Eén keer|{rounds} keer} zei je nee en meende je het, en {rounds == 1:het smolt|telkens smolt het} toen {hij()} terugkwam.}{held > 0: {held == 1:Eén keer|{held} keer} hield een nee van jou wel stand. Dat zit nog ergens in je, als een woord uit een taal die je vroeger sprak.}
{disappointments >= 3:Drie teleurstellingen, had je met jezelf afgesproken, en dan is het een patroon. Je zit inmiddels ver voorbij drie, en je bent gestopt met tellen, wat ook een manier van tellen is.|Je hebt jezelf ooit een aantal teleurstellingen beloofd. Je bent de tel kwijt. Zo gaat dat meestal.}
{letter_recalled()}
{letter_tone:
- "honest": Alles wat je schreef was waar. Het is nog steeds waar. Dat is het moeilijkste.
- "bitter": Je zou het nu zachter opschrijven. Je zou hem nog steeds versturen.
- "pleading": Je had gehoopt dat het de laatste keer zou zijn dat je iemand ergens om vroeg.
}
Het eindigt zoals het altijd eindigt: niet met een dichtgesmeten deur, maar met een deur die gewoon niet meer opengaat. Op een donderdag antwoordt {hij()} niet, en dan is het voorjaar.
# scene: party
En dan is er een feest: een gang vol jassen, muziek te hard om bij na te denken. Aan de andere kant van de kamer leunt een onbekende in een deuropening, een beetje apart, met de blik van iemand die elk moment kan vertrekken.
Je maag draait zich een heel klein beetje om, een waarschuwing. Je voelt het. Je lacht toch terug.
Het ging nooit echt om {hem()}. Het gaat om de dans, en ergens begint de muziek weer.
{p5_help()}
-> END

=== ending_role_switch ===
# ending: role-switch
# scene: bedroom
Je wordt om zeven uur wakker in {zijn()} bed, met het licht van de verkeerde kant, en één ademhaling lang is je lijf gewoon blij. Dan je telefoon: 'Goed thuisgekomen? x' van Robin, om kwart over twee. Daarna niets. Robin zou er nooit twee sturen.
{p5_robin_close:
- "honest": Je hebt Robin ooit verteld dat nabijheid je bang maakt, en Robin zei: dan doen we het langzaam. Het ging zo goed.
- "fled": Je stond al weken half buiten de deur, antwoordde op dinsdag, met grapjes. Robin heeft nooit één keer geklaagd.
- "smoothed": 'Ik jou ook,' zei je, die zondag. Het was toen niet waar. Nu is het nog minder waar, en alleen jij weet hoeveel minder.
}
Maandag ga je naar de fietsenmaker, omdat Robin een gezicht verdient en geen berichtje. Robin staat een wiel te richten, let op de slag, en houdt het met één hand stil als je binnenkomt.
Je zegt het onhandig. Robin luistert tot het eind. 'Dat dacht ik al een beetje,' zegt Robin, en dan: 'Ik hoop dat het goed voor je is.' Juist die vriendelijkheid is niet te verdragen. Met boosheid had je geweten wat je moest doen.
Bij Robin hield jij de nooduitgangen in de gaten. Bij {hem()} sta jij op de deur te kloppen. {p5_robin == 1:Je hield het met Robin luchtig, zodat niemand gekwetst kon raken, en toch raakte er iemand gekwetst.} Dezelfde angst in een andere jas. Bij {hem()} blijft tenminste nooit iemand.
{pursued > withdrew:Het grootste deel van deze dans was jij degene die volgde.|Het grootste deel van deze dans was jij degene die een stap terug deed, en het iets anders noemde.} {grounded > pursued && grounded > withdrew:Je wist ook hoe je stil moest blijven staan, zelfs vaker dan allebei. Op het dak kozen je voeten de vloer die ze kenden.}
{rounds > 0:{rounds == 1:Eén keer|{rounds} keer} zei je nee en nam je het terug. }{held > 0:{held == 1:Eén keer|{held} keer} hield je nee wel stand. Onthoud dat.}
Een tijdlang is het heerlijk. De brief ligt bij {hem()} thuis in een la, zegt {ie()}; je vraagt niet welke la. {letter_recalled()} {letter_tone == "bitter":Je zou willen vragen of {hij()} ervan schrok. Je doet het niet.}{letter_tone == "pleading":Je zou willen geloven dat dit het antwoord erop is. Meestal lukt dat.}
{disappointments >= 3:Je had ooit met jezelf drie teleurstellingen afgesproken. Robin was er nooit een van. Misschien was dat wel het probleem.}
Dan komt er een dinsdag, en heeft {hij()} wat lucht nodig.
Soms fiets je langs de fietsenmaker. Het licht is altijd aan. Door het raam zie je Robin lachen, vanuit de buik, met iemand die je niet kent. Je gaat niet langzamer fietsen. Sneller ook niet.
{p5_help()}
-> END

=== ending_closed_heart ===
# ending: closed-heart
# scene: home
Om half drie ben je thuis, en je huilt niet. Je poetst je tanden, zet de wekker en slaapt als iemand die het verstandige heeft gedaan.
's Ochtends: niets. Geen gemiste traptree, geen steen in je maag. Je test het zoals je tong een kies test: {zijn()} naam, {zijn()} handen, {p5_missing == "fed":de merel om vier uur 's nachts|die hittegolfzomer op dezelfde afdeling}. Niets. Het voelt als winnen.
{p5_answer == "cut":Je zin op het dak was een goede. Je was alleen vergeten dat een deur die je dichtsmijt, aan jouw kant ook dicht blijft.}
Een week later schrijft {hij()}: 'Ik meende wat ik zei. Als je ooit wilt praten, ben ik er.' Je archiveert het, en je dag stroomt eromheen zonder rimpeling.
Het leven wordt heel overzichtelijk. Je bent beter in je werk dan ooit, en het plantje op je bureau heeft gezelschap gekregen.
{p5_robin:
- 0: Robin zwaait nog steeds als je langs de fietsenmaker komt. Jij zwaait terug, vriendelijk en onbereikbaar, tot Robin niet meer opkijkt.
- 1: De donderdagen met Robin dunnen uit. Je maakt er geen eind aan; je blijft gewoon druk tot ze vanzelf ophouden.
- 2: Robin houdt het vol tot de eerste nachtvorst. {p5_robin_close == "honest":Je hebt Robin ooit verteld dat nabijheid je bang maakt. Zulke dingen zeg je niet meer, en Robin merkt het eerder dan jij.|Robin blijft zachtjes kloppen, tot Robins sleutel op een dag op je tafel ligt, met een briefje: ik hoop dat er ooit iemand binnenkomt.}
}
'Je lijkt het prima te doen,' zegt Noor op een woensdag, niet als compliment. Jij vat het toch zo op.
{
- withdrew > pursued && withdrew > grounded:
    Je hebt het pas voor pas geleerd: de meeste passen in deze dans gingen van {hem()} af.
- pursued >= grounded:
    Het is vreemd. Het grootste deel van de dans ging jij achter {hem()} aan, en afstand was {zijn()} zet. Ergens onderweg heb je die uit je hoofd geleerd.
- else:
    Het is vreemd. Het grootste deel van de dans wist je heel goed waar je stond. Ergens onderweg heb je die plek ingeruild voor een muur; dat is zoveel minder vermoeiend.
}{held > 0:Je nee hield stand{held > 1:, {held} keer zelfs}: zoals een muur standhoudt, niet zoals een deur.}{rounds > 0: {rounds == 1:Die ene keer|De {rounds} keer} dat het niet standhield, daar denk je liever niet aan. Dus doe je dat ook niet.}
{disappointments >= 3:Drie teleurstellingen, had je gezegd, en dan mocht de deur dicht. Je hebt hem dichtgedaan. Je bent alleen niet bij die ene deur gebleven.}
Je hebt al weken niet aan de brief gedacht. {letter_recalled()} Nu leest hij als iets van iemand die je vroeger kende{letter_tone == "honest":, iemand die dapperder was dan jij nu|}.
Niemand kan je nu nog verlaten; dat was de afspraak. Het is stil hierbinnen, en veilig: niemand die je hand vasthoudt, niemand die hem loslaat.
Soms, heel vroeg, stapt er aan de rand van jezelf iets schuws tevoorschijn, als een ree aan de rand van een weiland. Je blijft doodstil. Daar ben je nu goed in. Na een tijdje gaat het terug tussen de bomen.
En sommige ochtenden word je om zes uur wakker aan de kant van het bed die plek openlaat, en weet je één ademhaling lang, voor je weer weet hoe goed het gaat, niet wat je mist.
{p5_help()}
-> END

=== ending_step_out ===
# ending: step-out
# scene: home
Beneden ruikt de lucht naar regen op warme stenen. Je staat op de stoep en huilt, echt, voor het eerst sinds het voorjaar, en je hebt niemand nodig om je te laten ophouden. {p5_anger == "named":Twee minuten later komt Noor naar buiten, geeft je een zakdoekje dat duidelijk een keer is meegewassen, en zegt helemaal niets. Je hebt de hele avond niet in haar arm geknepen. Je bent gewoon gegaan.}
Je fietst de lange weg naar huis, langs het water. Het verlangen zit achterop als een passagier. Het mag mee. Het mag alleen niet sturen.
{p5_said_no():Deze keer heeft je nee het gehaald, helemaal tot beneden aan de trap.|Je liet {hem()} op het dak een kiertje binnen, en toen deed je het zelf weer dicht. Dat telt ook.}{held > 1: Het is niet de eerste nee van jou die standhoudt; dit is keer {held}. Geen triomf. Eerder een vloer die niet beweegt.}{rounds > 0: {rounds == 1:Eén keer lukte het niet|{rounds} keer lukte het niet}. Die keren had je ook nodig, om de passen goed genoeg te leren om ermee op te kunnen houden.}
{grounded > pursued + withdrew:Achteraf zette je meer passen naar jezelf toe dan naar {hem()} toe of van {hem()} af. Zo voelde het destijds nooit.|Achteraf is het geen rechte lijn: naar {hem()} toe, van {hem()} af, terug naar jezelf, en weer opnieuw. Maar vannacht vond je de vloer.}
De weken daarna zijn verdriet, maar schoon verdriet, het soort dat beweegt. {Hij()} schrijft één keer: 'Ik meende het echt, weet je.' Je gelooft {hem()}. 'Dat weet ik,' schrijf je terug. 'Ik hoop dat het goed met je gaat.' De stilte daarna is geen straf. Het is het einde van de zin.
{letter_recalled()}
{letter_tone:
- "honest": Je schreef hem uiteindelijk voor jezelf, besef je nu. Dat wist je toen alleen nog niet.
- "bitter": Je zou hem nu minder scherp schrijven. Hij hoeft niet meer te snijden.
- "pleading": In die brief vroeg je iets. Vannacht hoefde je niemand ergens om te vragen.
- else: Wat er ook in stond, je wacht niet meer op een antwoord.
}
{disappointments >= 3:Drie teleurstellingen, had je jezelf beloofd, en dan mocht de deur dicht. Het blijkt dat een deur ook zachtjes dicht kan en toch dicht blijft.}
{p5_robin == 2 && p5_robin_close == "honest":
    Op zaterdag loop je langs de fietsenmaker. Het licht is aan; dat is het altijd. Robin kijkt op van een wiel en veegt beide handen af aan de lap die ze alleen maar zwarter maakt. 'Hé,' zegt Robin. Meer niet. Je gaat naar binnen. Er springt niets in je op. Er komt juist iets tot rust, zoals een kat die het warme plekje op de vloer vindt.
- else:
    {p5_robin > 0:
        Je bent Robin een echt gesprek schuldig, en dat voer je op het bankje voor de zaak: je was er niet echt. Robin knikt. 'En nu?' Dat weet je nog niet. Het is het eerste eerlijke antwoord dat je in lange tijd aan iemand hebt gegeven, en Robin lijkt het een goed antwoord te vinden.
    - else:
        Op een middag stop je bij de fietsenmaker en vraag je of dat aanbod van die vis nog staat. 'Altijd,' zegt Robin met een grijns. Misschien wordt het iets; misschien niet. Je kunt het rustig afwachten, en dat is nieuw.
    }
}
Je weet niet hoe dit afloopt. Maar de volgende keer dat iemand je over een volle kamer heen aankijkt, denk je dat je naar je maag zult luisteren. Iemand die er echt is om van te houden: misschien herken je het zelfs.
{p5_help()}
-> END

// De rustige verwijzing naar hulp waarmee elk einde sluit.
=== function p5_help() ===
Raakt dit verhaal aan iets wat je zelf meedraagt? Dan hoef je dat niet alleen te dragen. Je kunt erover praten met je huisarts, of met De Luisterlijn, dag en nacht bereikbaar op 088 0767 000 (www.deluisterlijn.nl). Heb je donkere gedachten, bel dan 113 Zelfmoordpreventie: 0800 0113.
