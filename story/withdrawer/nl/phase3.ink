// Fase 3 van de terugtrekker — Buiten adem. Het café, de nacht erna, het koord, de deur.
// Vlaggen staan in ../common/phase3.ink (w3_…). Tweeling van ../en/phase3.ink.

=== w_cafe ===
# phase: 3
# scene: cafe
Zondagmiddag, het café op de hoek, de tafel bij het raam die {partner_name} inmiddels ‘onze tafel’ noemt. Buiten fietst iemand voorbij met een kerstboom achterop.
{
- partner_close():
    {Hij()} zit al als je binnenkomt, twee koffie besteld, en schuift {zijn()} stoel naar de jouwe tot jullie knieën elkaar raken.
- partner_far():
    {Hij()} zit al als je binnenkomt, maar kijkt pas op als je je jas uittrekt. ‘Hé.’ Een kus op je wang, zuinig.
- else:
    {Hij()} zwaait vanaf de tafel bij het raam en heeft al voor je besteld: de koffie die je altijd neemt.
}
{ pattern_so_far():
- "pursue":
    Je hebt {hem()} de laatste weken overladen: bloemen, nachtelijke berichten, plannen. Nu doet {hij()} iets terug. Er ligt een sleutel naast je kopje, aan een rood lintje. ‘Dan hoef je niet meer aan te bellen.’
- "withdraw":
    Je bent de laatste weken vaak ‘druk’ geweest. {Hij()} zegt er niets van. {Hij()} legt alleen een sleutel naast je kopje, aan een rood lintje. ‘Voor als je wél tijd hebt.’
- "ground":
    Het gaat goed, de laatste weken, rustiger dan je gewend bent. Misschien legt {hij()} daarom een sleutel naast je kopje, aan een rood lintje. ‘Geen haast. Hij is gewoon van jou.’
- else:
    Er ligt een sleutel naast je kopje, aan een rood lintje. ‘Ik heb er een laten bijmaken,’ zegt {hij()}. ‘Dat leek me makkelijk.’
}
Het is een gewone sleutel, koper, nieuw en scherp. Je kijkt ernaar en je hart slaat een keer over, niet van blijdschap. # body: heart
* [Pak hem op en kus {hem()}: ‘Dus ik mag zomaar binnenvallen?’ #step: pursue]
    ~ step_pursue(2)
    ~ w3_key = true
    Je stopt de sleutel in je binnenzak, dicht tegen je borst, en kust {hem()} over de tafel heen. {Hij()} straalt. Het voelt goed, dat stralen, en het is jouw werk.
    Het koper drukt de hele middag een klein hard plekje in je ribben.
* [Laat hem liggen. ‘Leuk. Zeg, heb jij die serie al gezien?’ #step: withdraw]
    ~ step_withdraw(1)
    Je roert in je koffie en begint over iets anders, en je hoort jezelf vrolijk praten. {Hij()} laat de sleutel liggen waar hij ligt.
    Als je even later opkijkt, is hij weg. In {zijn()} jaszak, denk je. Je vraagt er niet naar.
* [Zeg eerlijk: ‘Ik word er blij van, en ook een beetje benauwd. Mag hij even blijven liggen?’ #step: ground #locked: {walls_up()} #why: Er zit al een muur tussen jou en dat lintje. Van achter een muur zeg je niets eerlijks.]
    ~ step_ground(2)
    Het is eruit voor je het kunt gladstrijken. {partner_name} kijkt even naar de sleutel, dan naar jou.
    ‘Benauwd,’ herhaalt {hij()}. ‘Oké.’ Het doet {hem()} pijn, dat zie je. Maar {hij()} laat de sleutel liggen, en jij ook, en de middag gaat gewoon verder.
-
{
- w2_word == "vague":
    Sinds jouw ‘we zien wel’ plant {hij()} verder vooruit dan ooit, zodat er tenminste iets vastligt.
- w2_word == "fear":
    Sinds je zei dat die vraag je bang maakte, vraagt {hij()} eerst: ‘Mag ik iets over later zeggen?’ Je knikt, te snel.
}
{partner_close():{Hij()} is nog niet uitgepraat. Met {zijn()} vinger tekent {hij()} iets op de beslagen ruit.|Later, bij de tweede koffie, begint {hij()} er toch weer over.} ‘Mijn moeder wordt zestig, in maart. Ze vroeg of je komt. En daarna, dacht ik, in de zomer… een huisje, in Frankrijk, twee weken. Met zijn tweeën.’
Maart. De zomer. Je ziet het voor je: een tafel vol mensen die jouw naam al kennen, een auto, twee weken zonder een deur die van jou is. Je benen willen weg onder de tafel. # body: breath
* [‘Frankrijk! Ik regel het huisje wel.’ #step: pursue]
    ~ step_pursue(1)
    Je pakt je telefoon er meteen bij en laat {hem()} foto’s zien van stenen huizen met blauwe luiken. Zolang je iets regelt, hoef je niets te voelen. {Hij()} leunt tegen je schouder en wijst er een aan.
* [‘Maart is nog zo ver. Laten we eerst maar eens zien.’ #step: withdraw]
    ~ step_withdraw(1)
    ‘Eerst maar eens zien,’ zeg je. {Hij()} knikt. Je ziet dat {hij()} het woordje ‘eerst’ onthoudt en ergens opbergt.
* [‘Ik wil graag naar je moeder. Over de zomer kan ik nu nog niks zeggen.’ #step: ground #locked: {pull_strong()} #why: {Hij()} kijkt je zo hoopvol aan. Dan zeg je vanzelf wat {hij()} wil horen.]
    ~ step_ground(1)
    Het ene ja en het andere nog niet: het is minder dan {hij()} wilde, en het is waar. ‘Maart dan,’ zegt {hij()}. ‘Dat noteer ik.’ {Hij()} noteert het echt, in {zijn()} telefoon, en je laat het gebeuren.
-
-> w_night_after

=== w_night_after ===
# scene: bedroom
Die nacht slaap je bij {hem()}. {partner_close():{Hij()} slaapt tegen je aan, een arm over je borst, een been over het jouwe, zwaar en warm.|{Hij()} slaapt met {zijn()} rug naar je toe, maar {zijn()} hand heeft de jouwe gevonden en houdt hem vast.}
Om drie uur lig je klaarwakker. De radiator tikt. {w3_key:In de stoel hangt je jas, met de sleutel nog in de binnenzak.|Op het nachtkastje ligt {zijn()} telefoon, met het lijstje voor maart.}
Je borst zit dicht. Je ademt, maar het komt niet verder dan je keel. Je benen willen lopen, de trap af, de straat op, waarheen maakt niet uit. # body: breath
* [Schuif voorzichtig onder {zijn()} arm uit, kleed je aan in het donker en ga #step: withdraw]
    ~ step_withdraw(2)
    ~ w3_fled_night = true
    Je vindt je sokken op de tast. Op de trap pas je op voor de derde tree, die kraakt. Buiten is de lucht koud en je ademt hem in tot het pijn doet.
    Op de fiets voel je je licht, bijna blij. De schaamte komt pas later.
* [Blijf liggen. Adem uit, langer dan je inademt, en tel #step: ground #locked: {walls_up()} #why: Je lichaam is de deur al uit. Blijven liggen is stikken.]
    ~ step_ground(2)
    Vier tellen in, zes uit. Het lukt niet meteen. {Zijn()} arm is zwaar, en je laat hem daar. Na een tijdje, je weet niet hoelang, zakt het: niet weg, wel lager.
    Het gevaar zat niet in deze kamer. Het zit in jou. Het is er nog, en jij ook.
* [Maak {hem()} wakker met een kus, zodat je het niet hoeft te voelen #step: pursue]
    ~ step_pursue(1)
    Je kust {zijn()} nek tot {hij()} bromt en zich omdraait. Slaperig, verbaasd, blij. Daarna slaapt {hij()} meteen weer.
    Het benauwde is niet weg. Het ligt nu alleen onder iets anders.
-
{w3_fled_night:
    Om acht uur belt {hij()}. Je laat hem overgaan. Dan een bericht: waar ben je? ik schrok me rot.
- else:
    ’s Ochtends zet {hij()} koffie en zingt in de keuken, vals. {Hij()} heeft niets gemerkt.
}
{partner_close():Daarna komt er nog een, en nog een: ben je ziek? zeg even iets. x|Daarna niets meer.}
* [‘Sorry! Vroege afspraak, wilde je niet wakker maken. Tot vanavond? x’ #step: pursue]
    ~ step_pursue(1)
    Het leugentje gaat er makkelijk uit, met een kusje erachter. Het kusje meen je wel.
* [Zeg niets. Je laat het wel weten als je het weet #step: withdraw]
    ~ step_withdraw(1)
    Je legt je telefoon in de la van je bureau en doet de la dicht. Het lucht op, en het lucht niet op.
* [‘Ik kreeg vannacht geen lucht. Niet door jou. Wat het is, weet ik nog niet.’ #step: ground #locked: {walls_up()} #why: Het woord ‘lucht’ staat al op je scherm en je vinger houdt het wisknopje ingedrukt.]
    ~ step_ground(2)
    Je kijkt lang naar ‘niet door jou’. Het klopt, denk je. Je verstuurt het.
    {Hij()} schrijft terug: oké. ik ben er. Je weet niet of dat helpt. Het is wel waar.
-
-> w_tightrope

=== w_tightrope ===
# scene: home
{partner_close():De week daarop schrijft {hij()} elke dag: een foto van {zijn()} lunch, een liedje, een vraag of je zaterdag komt eten bij {zijn()} zus.|De week daarop schrijft {hij()} minder. Je merkt het. Je merkt ook dat je elke keer kijkt.}
Je antwoordt kort. Steeds korter. Alles aan {hem()} gaat je ergeren: de manier waarop {hij()} ‘wij’ zegt, de smileys, dat {hij()} vraagt hoe je geslapen hebt. {w3_fled_night:Je weet heus dat {hij()} die nacht niet vergeten is.|} Je hoort jezelf op je werk zuchten als je telefoon trilt.
Donderdag, half zes. Eva leunt over de rand van je bureau. ‘Jij moet hier even weg, zie ik. Eén drankje?’ {w2_eva:Sinds die avond in de bar, met haar hand op je knie, weet ze precies hoe ze het moet vragen.}
* [Ga mee met Eva. Zet je telefoon uit #step: withdraw]
    ~ step_withdraw(2)
    ~ w3_eva = true
    -> eva
* [‘Niet vandaag.’ Schrijf {partner_name}: ‘Ik heb een weekend voor mezelf nodig. Maandag ben ik er weer.’ #step: ground #locked: {walls_up()} #why: Zeggen dat je ruimte nodig hebt is toegeven dat er iets is. Dan zie je liever niemand.]
    ~ step_ground(2)
    ~ w3_weekend = true
    -> weekend
* [‘Niet vandaag.’ Fiets naar {partner_name} met bloemen, en doe vrolijk #step: pursue]
    ~ step_pursue(2)
    -> flowers

= eva
{veil_infidelity:
    Het wordt geen drankje. Het wordt er een paar, en een kroeg waar jullie allebei nooit komen, en Eva die lacht om dingen die niet grappig zijn. Wat er daarna is gebeurd, vertel je aan niemand. Het was licht en het was niets, en je wist precies wat je deed. # scene: bar # partner: away
- else:
    Het wordt geen drankje. Het wordt er een paar, en dan Eva’s fiets tegen de jouwe, en haar trap op. In haar bed denk je even helemaal nergens aan. Daar ging het om. # scene: bar # partner: away
}
Thuis, om twee uur, zet je je telefoon weer aan. Zes berichten. {partner_close():Het laatste: ik maak me zorgen. bel je?|Het laatste: laat maar.}
Schuldig voel je je niet, nog niet. Je hebt ruimte. Je ademt voor het eerst in dagen tot onderin je buik.
* [Bel {hem()} terug, lief en moe, en zeg dat je met collega’s was #step: pursue]
    ~ step_pursue(1)
    ‘Met collega’s,’ zeg je, ‘je weet hoe dat gaat.’ {Zijn()} stem wordt zacht van opluchting. Dat maakt het erger, en je blijft lief.
* [Laat het. Ga slapen #step: withdraw]
    ~ step_withdraw(1)
    Je slaapt meteen, diep en zonder dromen. ’s Ochtends lees je de zes berichten in één keer door en beantwoordt er niet één.
-
-> w_door

= weekend
Je verstuurt het voor je het kunt verzachten. Dan zit je in je stille kamer, en het is eng, zoveel stilte. Maar het is van jou.
{partner_close():
    Vrijdag schrijft {hij()}: mag ik je dan zaterdag heel even zien? één koffie? Zaterdag: ik mis je. Zondagmiddag: niets. En juist dat niets trekt aan je, harder dan al die berichten.
- else:
    {Hij()} schrijft terug: oké. Verder niets, het hele weekend. En juist dat niets trekt aan je.
}
Zondagavond, acht uur. Je jas hangt aan de kapstok. Je zou er nu heen kunnen fietsen, en dan was het weer goed.
* [Houd je aan maandag. Het weekend is bijna om #step: ground #locked: {pull_strong()} #why: Je houdt die stilte van {hem()} niet uit. Als je nu niet gaat, ben je {hem()} kwijt.]
    ~ step_ground(2)
    ~ boundary_held()
    Je hangt je sjaal terug aan de haak. Je kookt voor jezelf, een echte maaltijd, en eet hem aan tafel op. Maandag is morgen, en dan ga je.
* [Trek je jas aan en ga nu, met wijn, en zeg dat je {hem()} miste #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    Om half negen sta je voor {zijn()} deur met een fles wijn en je liefste gezicht. {Hij()} is zo blij dat {hij()} je maandag vergeet. Jij vergeet het ook, tot je om drie uur weer wakker ligt.
-
-> w_door

= flowers
Tulpen, gele, omdat {hij()} die ooit mooi vond. {Hij()} doet open met natte haren{partner_far():, kijkt eerst naar de bloemen en dan pas naar jou, en lacht dan toch|, en lacht verbaasd}. # partner: here
Het is een fijne avond. Je bent grappig, je bent lief. Alleen bij elk ‘wij’ dat {hij()} zegt, trekt er iets in je schouders. # body: throat
* [Blijf slapen, zoals {hij()} vraagt #step: pursue]
    ~ step_pursue(1)
    Je blijft. {Hij()} slaapt tegen je aan. Jij telt de uren op de wekkerradio: twee, drie, vier.
* [Zeg om elf uur dat je morgen vroeg moet, en ga #step: withdraw]
    ~ step_withdraw(1)
    {Zijn()} gezicht in de deuropening, hoopvol en teleurgesteld tegelijk. Je zwaait vanaf de fiets, en je trapt hard.
-
-> w_door

=== w_door ===
# scene: door # partner: away
{w3_eva:Zaterdag|{w3_weekend:Een week later|Een paar dagen later}} hebben jullie afgesproken: {zijn()} vrienden, een etentje, jij zou om zeven uur bij {hem()} zijn. Om kwart voor zeven sta je voor {zijn()} deur. {w3_key:De sleutel zit in je zak. Je gebruikt hem niet.|}
{partner_state():
- "close": Vanmiddag stuurde {hij()} nog een lijstje: wie er komen, wie wat kookt, dat {zijn()} zus heel benieuwd is naar je. Met drie hartjes.
- "far": Sinds dinsdag zijn {zijn()} berichten kort. ‘Zeven uur dan.’ Geen hartje.
- else: ‘Je komt toch wel?’ stond er vanochtend. Een minuut later: ‘Grapje. Tot straks.’
}
Achter de deur hoor je stemmen, gelach, glazen. Iemand roept {zijn()} naam. Je hand hangt boven de bel, en je keel zit dicht. # body: throat
* [Bel aan, en wees de hele avond charmant #step: pursue]
    ~ step_pursue(2)
    -> inside
* [Draai je om. Stuur onderweg: ‘Sorry, voel me niet lekker.’ #step: withdraw]
    ~ step_withdraw(2)
    -> turned
* [Bel aan, en zeg {hem()} in de gang eerst hoe het met je is #step: ground #locked: {walls_up()} #why: Achter die deur zitten zes mensen die jou al ‘de nieuwe’ noemen. Je wilt er niet eens heen, laat staan dat je iets zegt.]
    ~ step_ground(2)
    -> truth

= inside
{partner_far():{Hij()} doet open, aarzelt een tel, en geeft je dan een kus op je wang.|{Hij()} doet open en slaat {zijn()} armen om je heen.} # partner: here
Je bent de hele avond op je best. Je onthoudt iedereens naam, je schenkt bij, je vertelt het verhaal van de kerstboom op de fiets. {Zijn()} vrienden vinden je geweldig. Om elf uur sta je in de keuken met je voorhoofd tegen het koude raam.
{partner_name} komt binnen. ‘Wat is er?’
{w3_eva:
    Je kijkt naar {hem()}. {veil_infidelity:Je denkt aan donderdag, en je kijkt weg.|Je denkt aan Eva’s trap, en je kunt {hem()} niet aankijken.}
}
‘Niks,’ zeg je. ‘Hoofdpijn.’ En dan, omdat je het niet meer uithoudt: ‘Ik ga naar huis.’
{Zijn()} gezicht valt. Niet boos. Erger: {hij()} had het zien aankomen. ‘Je bent er nooit helemaal, hè,’ zegt {hij()}. ‘Zelfs als je er bent.’ # partner: away
-> after

= turned
Op de trap naar beneden stuur je het al. sorry, voel me niet lekker. veel plezier x
Je telefoon trilt voor je buiten bent. Je kijkt niet. Thuis kijk je wel: {partner_close():je had het kunnen zeggen. iedereen vroeg naar je. ik had zelfs je toetje gemaakt.|oké.}
{w3_eva:Er staat ook een bericht van Eva, van een uur geleden. Je leest het niet, en je leest het toch.}
Het lucht op. Tien minuten lang lucht het op.
-> after

= truth
{Hij()} doet open, met een schort voor{partner_close():, blij|, een beetje op {zijn()} hoede}. # partner: here
‘Wacht even,’ zeg je, voor {hij()} je naar binnen kan trekken. ‘Ik wil er graag bij zijn. En ik sta hier al tien minuten, omdat ik het benauwd heb. Het ligt niet aan jouw vrienden.’
{partner_name} trekt de deur achter zich dicht. Het lawaai zakt weg. {Hij()} kijkt je lang aan.
{w3_eva:
    {veil_infidelity:Donderdag zit nog tussen jullie in, onuitgesproken. Je zegt er niets over. Het is niet het hele verhaal, en dat weet je.|Eva zit nog tussen jullie in. Je zegt het niet. Het is niet het hele verhaal, en dat weet je.}
}
‘Ik snap het niet,’ zegt {hij()}. ‘Ik doe zo mijn best.’ Dan, zachter: ‘Kom je binnen of niet?’
Je gaat naar binnen, een uur. Dan ga je naar huis, en {hij()} laat je gaan, met een kus die niet blijft hangen. # partner: away
-> after

= after
{partner_far():Het blijft stil, die avond en de dag erna.|{Hij()} stuurt nog één bericht, om half één: ik snap je gewoon niet. welterusten.}
Het is de eerste keer dat je {hem()} echt teleurstelt. Je weet het, je ziet het aan die ene zin. En nu het gebeurd is, wil je niets liever dan het goedmaken, alles, meteen.
* [Koop een cadeau, schrijf een lange lieve brief, beloof dat het anders wordt #step: pursue]
    ~ step_pursue(2)
    Je schrijft drie kantjes. Je meent elk woord. Je belooft dingen waarvan je bij het schrijven al weet dat je ze niet kunt houden, en je belooft ze toch.
* [Laat de schaamte maar liggen. Ga een paar dagen niet naar buiten #step: withdraw]
    ~ step_withdraw(1)
    Je zet de verwarming hoog en kijkt series tot je ogen prikken. De schaamte gaat niet weg; ze gaat alleen liggen, onder de deken, naast je.
* [Bel Bas en vertel hem wat er vanavond gebeurd is #step: ground]
    ~ step_ground(1)
    Bas luistert tot je klaar bent. ‘Dus je rende weg,’ zegt hij, ‘en nu wil je terugrennen.’ Hij lacht, niet gemeen. ‘Misschien eerst even stilstaan? Gewoon, om te kijken.’ Je moet er bijna om lachen.
-
~ disappointment()
Je ligt wakker en je weet het ineens heel zeker: jij bent het probleem. Of {hij()} is het, morgen weer. Het wisselt per uur.
Eén keer is niet erg, zeg je tegen jezelf. Eén keer kan iedereen. # pause: 3
-> w_festival
