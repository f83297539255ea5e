// Fase 1 — Het eerste nummer. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht. De partner antwoordt volgens de wet: wie zoekt, vindt {hem()} steeds een kamer
// verder; wie loslaat, vindt {hem()} naast zich. Wie de nacht in één ruk neemt, krijgt
// 's ochtends de eerste stilte (quiet); wie alleen naar huis gaat, krijgt {hem()} aan de deur.

=== party ===
# phase: 1
# scene: party # partner: away
Een trappenhuis dat naar natte jassen ruikt, Noors hand tussen je schouderbladen. Je hart klopt harder dan drie trappen verklaren.
{dances_before > 0:{last_ending == "cycle":Iemand nieuws vanavond, en toch kennen je voeten de eerste passen al.|Je hebt dit eerder gevoeld, om iemand anders. Het gezicht wisselt; dit kloppen niet.}}
Op de laatste overloop draait Noor zich om. ‘Jip zegt dat {partner_name} komt.’ Ze zegt het zacht, zonder je aan te kijken.
‘En?’ Een halve toon te hoog. Dat horen jullie allebei.
Je hebt {partner_name} vier keer gezien en nog nooit gesproken. Noor zei ooit terloops: ‘Schat van een mens. Blijft nergens lang.’ Dat heb je ergens achterin weggestopt.
Binnen, boven de kapstok, zie je jezelf in een zwart raam.
* [Kijk nog één keer in het raam en ga {hem()} zoeken #step: pursue]
    ~ step_pursue(1)
    Rode wangen, een hongerige blik. Je haar goed, door de war, weer goed. Dan loop je alle kamers af, zogenaamd op zoek naar de wc.
* [Zeg tegen Noor dat je voor haar komt, en voor Jips taart. Verder niks #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik kom voor jou,’ zeg je. ‘En voor Jips taart.’ ‘Tuurlijk,’ zegt Noor, op de toon van een kleuterjuf. Je besluit niemand te zoeken. Dat houd je veertig seconden vol.
* [Zeg eerlijk dat je zenuwachtig bent, en vraag Noor bij je te blijven #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en het lucht al op dat je het zegt. ‘Blijf je het eerste uur bij me?’ Noor haakt haar pink achter de jouwe. ‘Het eerste uur. Daarna is het feest.’
- {you_chased():{partner_name} is er nog niet. Elke keer dat de bel gaat, draait je hoofd een paar graden naar de gang. Noor ziet elke graad.|{partner_name} is er al: uit de keuken komt een lach die je meteen herkent.}
-> looks

= looks
{you_chased():Pas tegen elven staat {hij()} in de keukendeur, de kou nog in {zijn()} jas. {Hij()} praat met Jip en kijkt verder niemand aan.|Je hoeft {hem()} niet te zoeken: {partner_name} staat in de keukendeur, het hoofd schuin, en hangt aan Jips lippen.} # partner: here
Dan kijkt {hij()} op en ziet jou. {Hij()} kijkt niet meteen weer weg: drie tellen, vier.
* [Kijk terug, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. Eén mondhoek gaat omhoog, net geen glimlach. Pas als er iemand tussen jullie door loopt, haal je weer adem.
* [Kijk als eerste weg en lach om iets wat Noor zegt #step: withdraw]
    ~ step_withdraw(1)
    Je lacht om Noor, met je hoofd in je nek. Dat {hij()} toekijkt, voel je in je rug.
* [Voel eerst wat die blik met je doet #step: ground]
    ~ step_ground(1)
    Je nek wordt warm. Dat mag. Je knikt {hem()} kort toe en draait je weer naar Noor. Je hart klopt snel, en je laat het kloppen.
- ‘O,’ zegt Noor zacht. ‘Dat is niet niks.’
-> circling

= circling
Twee uur lang draaien jullie om elkaar heen, steeds met een kamer ertussen.
{partner_close() || (you_let_go() && not partner_far()):Sta jij bij de boekenkast, dan staat {hij()} even later aan de andere kant. Ga jij naar de keuken, dan heeft {hij()} ineens dorst.|Kom jij een kamer binnen, dan is {hij()} net naar de volgende. Je ziet vooral {zijn()} rug.}
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker en stapt de kou in, een zin klaar. Dan komen er vier mensen zingend naar buiten, ze nemen {hem()} mee naar binnen, en jij staat daar, glimlachend, met een aansteker voor niemand.
* [Blijf binnen en dans met Noor; laat {hem()} maar komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht. Na het nummer staat {partner_name} in de deuropening te kijken. Nu is {hij()} aan zet, denk je. {Hij()} doet niets. {Hij()} gaat ook niet weg.
* [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Op de armleuning van de bank legt iemand je een Finse film uit. Je stelt vragen. Tien minuten vergeet je {partner_name}. Als je opkijkt, kijkt {hij()} vanaf de andere kant van de kamer naar je, zo te zien al een tijdje.
- -> introduction

= introduction
Om kwart voor één zet Noor haar glas met een tik neer.
{
- you_chased(): ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Een aansteker. Jij rookt niet eens.’
- last_step == "withdraw": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Ik ben al een uur je decorstuk.’
- else: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘{Hij()} staart al een uur naar je achterhoofd.’
}
{partner_close() || (you_let_go() && not partner_far()):Ze pakt je pols, maar halverwege de kamer komt {partner_name} jullie al tegemoet.|Ze trekt je aan je pols dwars door de kamer, naar de hoek waar {partner_name} met {zijn()} rug naar je toe staat.}
‘{partner_name}, mijn maatje sinds groep acht. Maatje, {partner_name}. Praat.’ En weg is ze.
‘Hoi,’ zegt {partner_name}. ‘Hoi,’ zeg jij. Verder had je niets voorbereid.
Dan gaat de muziek harder en duwen de mensen je de gang in, tegen {partner_name} aan: buitenlucht en zeep. # sfx: crowd
{Zijn()} mond bij je oor: ‘Ik kan niet kletsen. Vertel maar meteen het grootste wat je ooit is overkomen.’
* [Vertel {hem()} alles, meteen #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    Dus vertel je het, alles, zonder adem te halen. De zomer dat je acht was: een auto die niet stopte, zes weken op de kinderafdeling, vierde verdieping.
    De dikke oranje vis in het aquarium op de gang, die iedereen de Burgemeester noemde. Het bezoekuur dat om zeven uur afliep, en hoe jij naar de deur bleef kijken tot je de schoenen van je ouders niet meer hoorde. Je moeder die op een nacht op de gang stond te huilen, zachtjes, tegen een arts.
    Je hebt het nog nooit aan iemand van begin tot eind verteld.
    {partner_name} is doodstil geworden. ‘Vierde verdieping,’ zegt {hij()}. ‘Met die vis.’ Je staart {hem()} aan. ‘De Burgemeester.’
* [Kom met een grap en kijk of {hij()} doorvraagt #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    ‘Ik heb eens een vleespakket gewonnen bij de bingo,’ zeg je. ‘Twee kilo worst. Ik ben vegetariër.’ {Hij()} lacht; je voelt het in {zijn()} borstkas. ‘Goeie poging. Nu de echte.’
    {Hij()} wacht, glimlachend. Niet te harden. Dus krijgt {hij()} een stukje: de zomer dat je acht was, een auto, een ziekenhuis.
    ‘Welk ziekenhuis?’ Je noemt het. ‘Kinderafdeling, vierde—’ ‘Met dat aquarium,’ zegt {hij()}.
* [Zeg dat {hij()} eerst mag #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    ‘Jij eerst,’ zeg je. ‘Jij begon erover.’ {Hij()} lacht, betrapt, en vertelt het met horten en stoten: een zomer toen {hij()} tien was, een long die steeds weer inklapte, zeven weken op een kinderafdeling.
    ‘Er zwom daar een vis,’ zegt {hij()}. ‘Zo’n dik oranje ding, iedereen noemde hem—’
    ‘De Burgemeester,’ zeg jij. Het is eruit voor je het weet.
- -> shared

= shared
Schreeuwend in elkaars oor puzzelen jullie het in elkaar: dezelfde hete zomer, dezelfde afdeling. Jij lag op kamer vier, {hij()} twintig meter verderop.
‘Ineke,’ zegt {hij()}. ‘Met de kaarten.’
‘Die de hartenvrouw achter je oor vandaan toverde,’ zeg jij, ‘ook als je klaveren drie had getrokken.’
‘Juist dan.’
Dan vertelt {hij()} iets wat {hij()} nooit vertelt: na het bezoekuur draaide {hij()} zich naar de muur, nog voor {zijn()} ouders weg waren. ‘Dan deed het minder pijn.’
{p1_told == "all":Jouw kant kent {hij()} al: de deur, de schoenen, het wachten.|Jij bleef naar de deur kijken tot je geen voetstappen meer hoorde. Dat zeg je niet.}
{partner_close() || (you_let_go() && not partner_far()):{Zijn()} hand zoekt de jouwe, laag, waar niemand het ziet. ‘Toen je binnenkwam, dacht ik: dat gezicht ken ik.’|{Hij()} kijkt even over je schouder de kamer in, dan weer naar jou. ‘Toen je binnenkwam, dacht ik: dat gezicht ken ik.’}
* [Geloof het: daarom moest {hij()} het zijn #step: pursue]
    ~ step_pursue(1)
    Natuurlijk is {hij()} het. Je ziet het al voor je: een lange tafel, vrienden die dit verhaal al honderd keer gehoord hebben.
* [Zeg iets droogs over toeval #step: withdraw]
    ~ step_withdraw(1)
    ‘De halve stad heeft daar gelegen,’ zeg je. ‘Misschien hebben we wel dezelfde po gehad.’ {Hij()} lacht, maar heel even verstrakt {zijn()} gezicht. Dan buigt {hij()} zich juist dichter naar je toe: {hij()} hoort een uitdaging.
* [Blijf bij wat waar is: het is mooi, en je kent {hem()} tien minuten #step: ground #locked: {pull_strong()} #why: De muziek, die vis, {zijn()} adem in je oor: het deel van jou dat het rustig aan wilde doen, is allang naar huis.]
    ~ step_ground(1)
    Het is vreemd en mooi. Het is ook toeval, met een hele afdeling gedeeld, en je kent {hem()} vier nummers lang. ‘Ik ken je nog niet,’ zeg je. ‘Maar dat wil ik wel.’ {Hij()} kijkt verbaasd. Zo te zien heeft niemand dat ooit tegen {hem()} gezegd.
- -> friends

= friends
Bij de voordeur roepen vrienden {zijn()} naam. ‘Niet weggaan, hè,’ zegt {hij()}, en gaat zelf. Noor duikt op en praat, maar jij kijkt naar de overkant.
Daar staat {hij()}, met {zijn()} mond bij iemands oor, net zo voorovergebogen als daarnet bij jou. {partner_close() || (you_let_go() && not partner_far()):Twee keer kijkt {hij()} over {zijn()} schouder of je er nog bent.|{Hij()} kijkt niet één keer om.}
{p1_told == "all":Je hebt {hem()} alles verteld, zelfs van je moeder op de gang. Eén koude seconde vraag je je af wat {hij()} met zulke verhalen doet.}
Er draait iets kleins om in je maag. Achter in je hoofd hoor je Noor, irritant genoeg: schat van een mens, blijft nergens lang. # body: stomach
* [Luister ernaar: vraag Noor wat ze bedoelde #step: ground #locked: {pull_strong()} #why: Dat stemmetje is zo klein, en de warme plek waar {zijn()} hand lag is zo groot.]
    ~ step_ground(2)
    ~ p1_listened = true
    ‘Noor. Dit voorjaar zei je dat {hij()} nergens lang blijft. Wat bedoelde je daarmee?’
    Noor denkt na. ‘Vorige winter was er iemand. Een maand lang smoorverliefd, en toen werd {hij()} steeds stiller. Geen ruzie. {Hij()} was er gewoon niet meer.’ Ze kijkt je aan. ‘Iedereen mag een slechte winter hebben.’
    ‘Weet ik,’ zeg je. Maar dit keer stop je het niet achterin weg. Je legt het neer waar je erbij kunt.
* [Zeg tegen dat stemmetje dat het zijn mond moet houden: dit is anders #step: pursue]
    ~ step_pursue(2)
    Je kent dat stemmetje. Wat heeft luisteren je ooit opgeleverd? Feestjes waarop je in je eentje om iemand heen draaide. Toen je klein was en bang, lag {hij()} twintig meter verderop. Als dat geen teken is, weet je het ook niet meer. Je zet het stemmetje zachter.
* [Draai je om en kijk hoe lang {hij()} wegblijft #step: withdraw]
    ~ step_withdraw(2)
    Je keert {zijn()} kant van de kamer de rug toe en vraagt Noor hoe haar week was. Een test. Als {hij()} het meent, komt {hij()} wel.
    Negen minuten. Je telt ze allemaal. Dan een hand bij je elleboog, {zijn()} stem laag achter je. ‘Je was ineens weg.’
    ‘Ik sta gewoon hier.’
    ‘Je was weg,’ zegt {hij()}. ‘Kom terug.’
- -> the_ask

= the_ask
{
- partner_close(): Om drie uur vindt {partner_name} je in de keuken, waar je een glas omspoelt dat je niet nodig hebt.
    ‘Ik woon over de brug. Een piano met zijn binnenwerk op de vloer, citroenen in de koelkast. Ga mee.’ Het is geen vraag.
- partner_far(): Om drie uur, met een glas in je hand dat je niet meer wilt, zie je {partner_name} in de gang, {zijn()} jas al aan, {zijn()} vrienden al op de trap.
    ‘We gaan nog ergens heen,’ zegt {hij()}. Dan, na een tel: ‘Of ga mee naar mij. Over de brug. Er ligt een piano uit elkaar op de vloer.’
- else: Om drie uur leunt {partner_name} in de keukendeur, terwijl jij een glas omspoelt dat je niet nodig hebt. {Hij()} kijkt een hele tijd naar je voor {hij()} iets zegt.
    ‘Ik woon over de brug. Een piano met zijn binnenwerk op de vloer, citroenen in de koelkast.’ {Hij()} haalt adem. ‘Ga je mee? Als je wilt.’
}
Je hart slaat een slag over en gaat dan hard door. # body: heart
* [Ga mee. Geen rem, niet omkijken #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    Je zet het glas neer. Je hoeft niets te zeggen. Noor, half in slaap op de bank, doet één oog open en weer dicht.
    -> night
* [Zeg: vannacht niet. Vraag of je {hem()} bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: Je hele lijf heeft al ja gezegd; een zin met ‘niet’ erin krijg je je keel niet meer uit.]
    ~ step_ground(2)
    -> not_tonight
* [Zeg dat je doodop bent en ga als eerste weg #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
‘Vannacht niet,’ zeg je. Je hart protesteert. ‘Maar ik wil je wel terugzien. Nuchter. Bij daglicht.’
Er trekt iets over {zijn()} gezicht: verbazing, en iets van verlies. Er was dus een spel gaande, en jij wist van niets. Dan glimlacht {hij()} en houdt je {zijn()} telefoon voor.
{Hij()} loopt mee naar beneden. Buiten is het bitterkoud, er hangt nevel boven de gracht, en je vingers klungelen met het fietsslot.
{partner_close() || (you_let_go() && not partner_far()):{partner_name} leunt naast je tegen het hek. ‘Eén drankje. Bij mij. Alleen praten, echt waar. Ik wil niet dat deze nacht ophoudt. Jij wel?’ {Hij()} trekt je sjaal recht zonder het te vragen.|{partner_name} blijft op de stoep staan, handen in {zijn()} zakken. ‘Eén drankje dan. Bij mij. Alleen praten.’ {Hij()} zegt het luchtig, maar {hij()} gaat niet naar binnen voor jij iets hebt gezegd.}
Je adem stokt hoog in je borst, en het sleuteltje schiet uit het slot. # body: breath
* [Blijf erbij, warm: ‘Vannacht niet. Vraag het me morgen nog eens.’ #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    De tweede keer gaat het makkelijker. ‘Ik word graag gevraagd.’
    {Hij()} lacht en steekt {zijn()} handen op: jij wint. ‘Morgen.’ Je voelt {hem()} kijken tot aan de brug. Als je omkijkt, staat {hij()} er nog, onder de lantaarn.
    -> alone
* [Geef toe: één drankje, alleen praten #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je klikt het slot weer dicht. Besloten heb je niets, en toch ligt het vast. Jullie lopen samen de brug over. Van dat drankje komt niets.
    -> night

= walked_off
‘Ik ben doodop,’ zeg je. Je geeft {hem()} een kus op {zijn()} wang, een punt achter de avond, en loopt weg voor je {zijn()} gezicht kunt zien.
Noor ligt half te slapen op de bank en doet één oog open. ‘Weet je het zeker?’ ‘Heel zeker,’ zeg je. Iets onwaarders heb je de hele avond niet gezegd.
Beneden slaat de kou je in het gezicht. Je voelt je fantastisch. Je voelt je misselijk. Je vingers krijgen het fietsslot niet open. # partner: away
Dan vliegt achter je de voordeur open. # sfx: door
{partner_close() || (you_let_go() && not partner_far()):{partner_name}, zonder jas, met één schoen aan, glijdt bijna uit op de natte klinkers. ‘Ga je gewoon weg? Ik heb niet eens je nummer. Moet ik het soms via Noor vragen? We zijn geen vijftien.’|{partner_name}, jas aan, handen in de zakken, op {zijn()} gemak. ‘Ik ging toch al,’ zegt {hij()}. ‘Toevallig.’ Dan, sneller: ‘Ik heb niet eens je nummer.’} # partner: here
{Hij()} houdt je koude handen tegen {zijn()} borst, en onder je vingers gaat {zijn()} hart net zo snel als het jouwe.
Je keel knijpt dicht om een woord dat je nog niet kunt vinden. # body: throat
* [Geef {hem()} je nummer, en fiets toch alleen naar huis #step: ground #locked: {pull_strong()} #why: {Zijn()} hart onder je handen is het enige in de hele straat, en je benen hebben zich al omgedraaid.]
    ~ step_ground(1)
    ~ boundary_held()
    Je tikt je nummer in {zijn()} telefoon en kust {hem()} één keer, echt: geen punt, een komma. ‘Bel me. Bij daglicht.’ Dan springt het slot open en fiets je weg, voorzichtig, met je borst zo vol dat je bang bent iets te morsen.
    -> alone
* [Laat {hem()} je handen warmen, en ga met {hem()} mee terug #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je laat {hem()} je handen warmen. Je laat je meenemen, met fiets en al, over de brug, en het voelt als winnen, en als verliezen, en vooral als {zijn()} hand.
    -> night

= night
# scene: bedroom
De piano bestaat echt: de hamertjes liggen in rijen op de vloer. ‘Pas op voor de c’s,’ zegt {hij()}, en stuurt je er aan je heupen omheen.
{Hij()} neemt de tijd. {Hij()} vraagt dingen, zachtjes, en wacht het antwoord ook echt af.
Daarna vindt {hij()} met {zijn()} duim het oude litteken op je scheenbeen. ‘Over die muur vertel ik nooit iemand iets.’ Een stilte. ‘Ik weet wel waarom ik het jou vertelde.’
{
- p1_listened: Tegen de ochtend hoor je Noor weer: een slechte winter, steeds stiller. Je kijkt naar {zijn()} gezicht. {Hij()} slaapt met een arm over {zijn()} ogen. Je laat de gedachte wegzakken.
- rounds > 0: Midden in de nacht denk je eraan dat je buiten in de kou nee hebt gezegd, en dat je het meende. Nu lijkt dat iemand anders te zijn overkomen.
- else: Je slaapt niet. De eerste tram knarst de hoek om, en {hij()} trekt je in {zijn()} slaap dichter tegen zich aan.
}
{pattern_so_far() == "pursue" || partner_far():’s Ochtends staat {hij()} al aangekleed bij het raam, telefoon in de hand. ‘Ik moet ergens heen. Ik bel je.’ Een kus op je haar, en de deur valt dicht.|’s Ochtends brengt {hij()} koffie. ‘Kom vanavond terug. En morgen. Met jou wil ik geen spelletjes spelen.’}
{pattern_so_far() == "pursue" || partner_far():-> quiet|-> weeks}

= quiet
# scene: home # partner: away
{partner_far():{Hij()} belt niet. Niet die dag, niet de dag erna.|{Hij()} belt die dag niet. Pas ’s avonds laat een berichtje: ‘druk. morgen?’ En dan de hele volgende dag niets.}
Je legt je telefoon in de fruitschaal en haalt hem er weer uit. {Hij()} heeft het druk, zeg je tegen niemand. Van zo’n nacht schrikt iedereen een beetje. Jij hebt ook niet gebeld.
De derde avond sta je af te wassen en ben je even niet aan het wachten. Dan wordt er geklopt. # sfx: knock
{partner_name} staat op de mat, met een zak citroenen. ‘Ik dacht dat je niks meer van me wilde weten,’ zegt {hij()}. Wie er zweeg, was {hij()}. # partner: here
-> weeks

= alone
# scene: home # partner: away
Je fietst naar huis door een lege stad. Je wangen doen pijn, en pas een brug verder snap je waarvan: je glimlacht al de hele tijd.
Je zit nog in je jas op de rand van je bed als je telefoon zoemt. # sfx: buzz
‘Ineke doet je de groeten. Ze haalde net de hartenvrouw achter mijn oor vandaan. Slaap lekker. Morgen.’
Je antwoordt nog niet. Niet uit tactiek. Je wilt het nog even voor jezelf houden.
{partner_close() || (you_let_go() && not partner_far()):Om twaalf uur gaat de bel. {partner_name} staat beneden, ongeschoren, met twee bekers koffie. ‘Je zei bij daglicht. Het is licht.’|Om twaalf uur belt {hij()}. Om één uur staat {hij()} beneden met twee bekers koffie, een beetje verlegen. ‘Is het licht genoeg?’} # partner: here
‘Ik heb nog nooit hoeven wachten,’ zegt {hij()} op je trap. ‘Ik vond het heerlijk. Ik vond het vreselijk. Ik vond het heerlijk.’
Die avond ga je met {hem()} mee. Niet omdat je niet meer terug kunt, maar omdat je het wilt, en dat weet.
-> weeks

= weeks
# scene: bedroom
De weken daarna vloeien in elkaar over. Uit een grijpautomaat vist {hij()} een oranje plastic visje voor je: de Burgemeester.
{
- p1_told == "all": {Hij()} weet nu alles van die zomer en begint er zo voorzichtig over dat je er stil van wordt.
- p1_told == "joke": {Hij()} vertelt jouw verhaal over het vleespakket aan wildvreemden. Maar ’s avonds laat begint {hij()} over het andere.
- else: {Hij()} begint vaker over de afdeling dan jij, en altijd over de avonden, als het bezoekuur om was.
}
‘Ik laat nooit iemand echt toe,’ zegt {hij()} in je hals. ‘Bij jou zou het misschien kunnen.’
Dat {hij()} altijd te laat komt, is charmant. Dat {zijn()} telefoon hele middagen uit staat ook. Je verklaart het al voor iemand ernaar vraagt.
{p1_listened:Noor vraagt hoe het gaat. ‘Echt goed,’ zeg je. Ze begint niet over de winter. Jij ook niet.}
Op een zondag vertel je over het duinhuisje van Noors ouders, in augustus. ‘Ga mee,’ zeg je, zo luchtig als je kunt.
{
- partner_close(): {Hij()} kust je schouder. ‘Misschien. Augustus is nog zo ver. Laten we eerst maar van nu genieten.’
- partner_far(): {Hij()} staat op om thee te zetten en roept uit de keuken: ‘Augustus is nog zo ver weg.’ Als {hij()} terugkomt, gaat het over iets anders.
- else: {Hij()} kust je schouder. ‘Augustus is nog zo ver weg. Laten we het gewoon bij nu houden.’
}
Je maag trekt even samen. # body: stomach
* [Laat het gaan: nu is genoeg #step: pursue]
    ~ step_pursue(1)
    Natuurlijk. Dit is meer dan je in jaren hebt gehad. Je vouwt augustus op en trekt het dekbed over jullie heen. Iemand die je zo vasthoudt, gaat nergens heen.
* [Vraag het, luchtig maar echt: ‘Is dat nee?’ #step: ground #locked: {pull_strong()} #why: Als je het vraagt, breekt misschien de betovering, en die betovering is het mooiste wat je in jaren is overkomen.]
    ~ step_ground(1)
    ‘Is dat een nee voor augustus?’ vraag je. Luchtig. Maar je wacht op het antwoord, en {hij()} hoort dat je wacht.
    ‘Het is een nog-niet,’ zegt {hij()}. ‘Ik ben traag met de toekomst. Het ligt niet aan jou.’
    Het is eerlijk, en het prikt. ‘Voorlopig is dat goed,’ zeg je, en dat ‘voorlopig’ meen je ook.
* [Laat het rusten, en maak je eigen zomerplannen #step: withdraw]
    ~ step_withdraw(1)
    ‘Prima,’ zeg je, en terwijl {hij()} onder de douche staat, app je Noor: reken op me voor augustus, alleen ik. Je voelt je sterk. Heel even denk je ook aan een kind in een ziekenhuisbed, met het gezicht naar de muur.
- {you_chased():Een paar weken lang bestaat de wereld uit twee mensen.|Een paar weken lang bestaat de wereld uit twee mensen, en {hij()} is degene die elke avond belt.}
Het duurt net geen maand. # pause: 1
-> text_message
