# Y cymorth penderfynu: ei sgriniau, ei gofnod a'r ffeiliau y mae'n eu
# gwneud. Daw geiriau'r golygydd (teitl cam, rôl) mewn lle eu hunain (ar ôl
# colon, neu mewn dyfynodau), gan na all Stagehand dreiglo geiriau nad
# ysgrifennodd. Rhoddir $contact, y rôl fel y'i hysgrifennwyd.

## Dates and times

clock = { $hour24 }:{ $minutes }
date-at-time = { $date } am { $time }
date-error-enter = { $what }: rhowch ddyddiad
date-error-own-boxes = { $what }: rhowch y diwrnod, y mis a'r flwyddyn bob un yn ei flwch ei hun, er enghraifft 27 3 2026
date-error-include = { $what }: rhaid cynnwys { $missing }
date-part-day = diwrnod
date-part-month = mis
date-part-year = blwyddyn
date-parts-and = { " " }a{ " " }
date-error-real = { $what }: rhaid iddo fod yn ddyddiad go iawn
date-error-year-4 = { $what }: rhaid i'r flwyddyn gynnwys 4 rhif
date-error-past = { $what }: rhaid iddo fod heddiw neu yn y gorffennol
date-error-after = { $what }: rhaid iddo fod ar { SOFT($date) } neu ar ôl hynny

## Tags: where a step's deadline stands

working-days = { $count ->
    [two] 2 ddiwrnod gwaith
   *[other] { $count } diwrnod gwaith
  }
tag-met = Mewn pryd
tag-missed = Wedi'i fethu
tag-done = Wedi'i wneud
tag-overdue = Yn hwyr
tag-overdue-by = Yn hwyr o { $days }
tag-due-today = I'w wneud heddiw
tag-due-next-day = I'w wneud ar y diwrnod gwaith nesaf
tag-due-in = I'w wneud ymhen { $days }

## What to do next, and by when (the plan)

stage-name = Cam { $number }: { $title }
due-and-done = { $due }; gwnaed ar { SOFT($done) }
last-stage-partial = y cam olaf sydd gan y llawlyfr hwn
last-stage = cam olaf y weithdrefn
next-find = Darganfyddwch ar ba gam o'r weithdrefn yr ydych.
next-resolved = Dim byd mwy i'w wneud: cafodd ei ddatrys ar gam { $number }{ $on }. Cadwch y cofnod ar ffeil y plentyn.
next-resolved-on = { " " }ar { SOFT($date) }
next-unresolved = Ni chafodd ei ddatrys yn y cam hwn, “{ $name }”, { $last }. { $end }
no-further-stage = Nid oes gan y weithdrefn gam pellach.
next-all-done = Mae pob gweithred yn y cam hwn, “{ $name }”, wedi'i gwneud: cofnodwch a gafodd ei ddatrys.{ $further }
next-all-done-further = { " " }Os na chafodd: { $take }
by-date = erbyn { $date }
by-today-late = heddiw, { $today } (roedd i'w wneud erbyn { $date })
target-is = eich dyddiad targed ar gyfer y cam hwn yw { $date }
target-set-own = gallwch bennu eich dyddiad targed eich hun ar sgrin y cam
target-set-own-there = gallwch bennu eich dyddiad targed eich hun unwaith y byddwch yno
by-no-timescale = cyn gynted ag y gallwch (nid yw'r weithdrefn yn pennu amserlen; { $target })
by-no-date = { $timescale } (nid yw'r weithdrefn yn pennu dyddiad; { $target })
by-no-start = { $timescale } (ni ellir cyfrifo'r dyddiad nes bod y cofnod yn dweud pryd y dechreuodd y cam hwn: ychwanegwch ef o'r dudalen wirio)
to-do = { $name }: { $action } { $who }. Gwnewch hyn { $by }.
to-do-contact = Cysylltwch â: { $contact }
to-do-no-contact = Gwnewch hyn
waiting-then-next = { $next }. Gwnewch hyn { $by }.
waiting-from = { " " }gan “{ $contact }”
waiting-last = Rydych yn aros am ateb{ $from } yn y cam hwn, “{ $name }”, { $last }{ $due }.
waiting-passed = Rydych yn aros am ateb{ $from } yn y cam hwn, “{ $name }”. Mae'r dyddiad cau, { $date }, wedi mynd heibio: { $then }
waiting-by = Rydych yn aros am ateb{ $from } yn y cam hwn, “{ $name }”. Os na chaiff ei ddatrys erbyn { $date }: { $then }
waiting-target = Rydych yn aros am ateb{ $from } yn y cam hwn, “{ $name }”. Os na chaiff ei ddatrys erbyn eich dyddiad targed, { $date }: { $then }
waiting-open = Rydych yn aros am ateb{ $from } yn y cam hwn, “{ $name }”. Os na chaiff ei ddatrys: { $then }
due-passed = { " " }(mae ei ddyddiad cau, { $date }, wedi mynd heibio)
due-is = { " " }(ei ddyddiad cau yw { $date })
due-target = { " " }(eich dyddiad targed ar gyfer y cam hwn yw { $date })
due-no-timescale = { " " }(nid yw'r weithdrefn yn pennu amserlen ar gyfer y weithred hon: gallwch bennu eich dyddiad targed eich hun ar sgrin y cam)
due-no-date = { " " }({ $timescale }: nid yw'r weithdrefn yn pennu dyddiad)
due-no-start = { " " }(ni ellir cyfrifo ei ddyddiad cau nes bod y cofnod yn dweud pryd y dechreuodd y cam hwn)
further-not-resolved = Ni chafodd ei ddatrys yn y cam hwn, “{ $name }”. { $take }
further-last = Mae pob gweithred yn y cam hwn, “{ $name }” ({ $last }), wedi'i chymryd. Cofnodwch a gafodd ei ddatrys.
take-further = { $case ->
    [upper] Ewch
   *[lower] ewch
  } ag ef i gam { $number }: “{ $title }”{ $who }.{ $by }
take-further-who = ; codwch ef gyda “{ $contact }”
take-further-if-today = { " " }Os byddwch yn ei godi heddiw, { $today }, dyddiad cau'r weithdrefn ar gyfer y weithred honno ({ $timescale }) yw { $date }.
take-further-by-when = { " " }Gwnewch hyn { $by }.

## The calendar file's events

cal-case = { " " }(achos { $case })
cal-due = I'w wneud
cal-state = { " " }{ $state }.
cal-done-on = { " " }{ $state }: gwnaed ar { SOFT($date) }.
cal-who = , { $contact }
cal-summary = { $state }: { $name }{ $who }{ $case }
cal-contact = { " " }Cyswllt: { $contact }.
cal-description = { $action }{ $contact_line }{ $done }
cal-target-summary = Dyddiad targed: { $name }{ $case }
cal-target-description = Y dyddiad targed a bennwyd gennych ar gyfer “{ $name }”, { $date }, lle nad yw'r weithdrefn yn pennu un.
cal-if-raised-summary = I'w wneud os caiff ei godi ar { SOFT($today) }: { $name }{ $who }{ $case }
cal-if-raised-description = { $action } Cyswllt: { $contact }. Mae'r dyddiad hwn yn cyfrif o { SOFT($today) }, y diwrnod y gwnaed y ffeil hon: os byddwch yn ei godi yn nes ymlaen, lawrlwythwch y ffeil galendr eto.
cal-as-procedure-says = fel y dywed y weithdrefn

## Outcomes (a return's, and each stage's)

outcome-under-way = yn dal i fynd rhagddo
outcome-resolved = wedi'i ddatrys
outcome-escalated = wedi'i gymryd i'r cam nesaf
outcome-not-resolved = heb ei ddatrys { $partial ->
    [yes] ar y cam olaf sydd gan y llawlyfr hwn
   *[no] ar gam olaf y weithdrefn
  }
return-outcome-under-way = Yn dal i fynd rhagddo
return-outcome-resolved = Wedi'i ddatrys
return-outcome-not-resolved = Heb ei ddatrys { $partial ->
    [yes] ar y cam olaf sydd gan y llawlyfr hwn
   *[no] ar gam olaf y weithdrefn
  }

## The record (the check page, the printed record, the copy)

not-asked = Heb ei ofyn
not-asked-yet = Heb ei ofyn eto
not-given = Heb ei roi
not-known = Ddim yn hysbys
not-answered = Heb ei ateb
outcome-on = , ar { SOFT($date) }
outcome-not-taken-yet = Heb ei ddatrys: heb ei gymryd i gam { $number } eto
outcome-not-resolved-yet = Heb ei ddatrys eto
outcome-not-raised-with = Heb ei ddatrys eto: heb ei godi eto gyda “{ $contact }”
outcome-waiting = Ddim yn hysbys eto: yn aros am ateb
outcome-resolved-on = Wedi'i ddatrys{ $on }: { $agreed }
outcome-taken-to = : wedi'i gymryd i gam { $number }, “{ $title }”
outcome-date-not-given = { " " }(dim dyddiad wedi'i roi)
outcome-escalated-on = Heb ei ddatrys{ $next }{ $on }
outcome-unresolved-on = Heb ei ddatrys { $partial ->
    [yes] ar y cam olaf sydd gan y llawlyfr hwn
   *[no] ar y cam olaf
  }{ $on }.
outcome-what-next = { " " }Beth sy'n digwydd nesaf: { $agreed }
version-words = { $title } ({ $partnership }), diweddarwyd ddiwethaf { $date }
key-procedure = Gweithdrefn
key-local-version = Fersiwn leol
key-regional-procedure = Gweithdrefn y rhanbarth
section-procedure = Y weithdrefn a ddilynwyd
area-something-else = Rhywbeth arall: { $text }
key-training = Enghraifft hyfforddi
training-fictional = { $title } (ffuglennol)
key-case-reference = Cyfeirnod yr achos
key-your-role = Eich rôl
key-your-agency = Eich asiantaeth
key-other-agency = Yr asiantaeth rydych yn anghytuno â hi
key-area = Am beth mae'r anghytundeb
key-description = Disgrifiad
section-disagreement = Yr anghytundeb
began-at = { " " }am { $time }
key-began = Dechreuodd
key-who-contacted = Pwy y cysylltwyd â nhw
step-n = gweithred { $number }
key-deadline = Dyddiad cau: { $who }
key-target = Y dyddiad targed a bennwyd gennych
key-outcome = Canlyniad
section-next = Beth i'w wneud nesaf
as-of = Ar { SOFT($date) }
section-questions = Cwestiynau ar gyfer y cofnod

## The monitoring return, as the practitioner checks it

left-out-typed = Popeth a deipiwyd gennych: cyfeirnod yr achos, eich rôl, y disgrifiad, pwy y cysylltoch â nhw a'r hyn a gytunwyd. Gallai testun wedi'i deipio enwi plentyn neu deulu, felly nid oes ffurflen yn ei gario.
left-out-days = Y diwrnodau y dechreuodd ac y daeth pob cam i ben: dim ond y mis y dechreuodd a'r diwrnodau gwaith a gymerodd pob cam, fel na all y ffurflen bwyntio at un achos.
left-out-agencies = Yr asiantaethau: nid yw'r weithdrefn hon yn rhestru rhai i ddewis ohonynt, felly nid yw'r ffurflen yn eu cyfrif. Dywedwch pa asiantaethau oedd yn rhan os byddwch yn anfon yr atebion isod mewn ffordd arall.
left-out-answers = Eich atebion i'r cwestiynau hyn ar gyfer y cofnod: { $questions }. Eich geiriau chi ydynt, felly maen nhw'n aros ar ffeil y plentyn. Lle mae'r weithdrefn yn gofyn iddynt gael eu hanfon (gweler isod), anfonwch nhw fel y mae'n ei ddweud, nid yn y ffurflen.
month-year = { $month } { $year }
return-agencies-not-counted = Heb eu cyfrif: nid yw'r weithdrefn hon yn rhestru asiantaethau
return-another-agency = Asiantaeth arall (nid yw ei henw wedi'i gynnwys)
return-made = Ffurflen wedi'i gwneud
return-training = Ie: ffuglennol, ni fydd y bartneriaeth yn ei chyfrif
return-about = Am beth yr oedd
return-something-else = Rhywbeth arall (nid yw eich disgrifiad wedi'i gynnwys)
return-agency-raising = Yr asiantaeth a'i cododd
return-agency-receiving = Yr asiantaeth a'i derbyniodd
return-month-began = Y mis y dechreuodd
return-after-days = { " " }ar ôl { $count ->
    [two] 2 ddiwrnod gwaith
   *[other] { $count } diwrnod gwaith
  }
return-step-deadline = . Dyddiad cau gweithred { $number }: { $met ->
    [met] mewn pryd
    [missed] wedi'i fethu
   *[unknown] ddim yn hysbys eto
  }
return-number = Rhif y ffurflen

## Finding where the practitioner is

finder-raised-with = Ydych chi wedi codi'r mater gyda: { $contact }?
finder-taken-to = Ydych chi wedi mynd ag ef i gam { $number }: “{ $title }”?
finder-done-this = Ydych chi wedi gwneud hyn: “{ $action }”?
finder-yes-waiting = Ydw, ac rwy'n aros am eu hateb
finder-yes-not-resolved = Ydw, ac ni chafodd ei ddatrys
finder-no = Nac ydw, ddim eto

## Opening a saved record

open-not-a-record = Nid yw'r ffeil a ddewiswyd yn gofnod a gadwyd gan y cymorth penderfynu hwn
open-a-return = Mae'r ffeil a ddewiswyd yn ffurflen fonitro, a wnaed ar gyfer y bartneriaeth: nid oes ynddi atebion i barhau ohonynt. Dewiswch y ffeil gofnod (.json) a gadwoch gyda “Cadw'r cofnod i barhau yn nes ymlaen”
open-newer = Cadwyd y ffeil a ddewiswyd gan fersiwn mwy newydd o'r cymorth penderfynu (fersiwn { $version }): ail-lwythwch y dudalen a rhowch gynnig arall arni
open-other-procedure = Mae'r ffeil a ddewiswyd yn gofnod ar gyfer gweithdrefn arall ({ $procedure }): agorwch hi o dudalen y weithdrefn honno
open-unknown-stage = Mae'r ffeil a ddewiswyd yn enwi cam ({ $stage }) nad yw gan y weithdrefn hon mwyach
changed-regional = gweithdrefn y rhanbarth, { $title }
record-made = Gwnaed y cofnod ar { SOFT($date) }
record-made-not-kept = Ni chadwyd y diwrnod y gwnaed y cofnod hwn gyntaf (fe'i cadwyd gan fersiwn cynharach o'r cymorth)

## The readable copy

copy-tag = [{ $tag }]
copy-training = Enghraifft hyfforddi: ffuglennol, nid achos go iawn.
copy-case = : achos { $case }
copy-following = Yn dilyn “{ $title }” ({ $partnership }), diweddarwyd ddiwethaf { $updated }. { $made }. Gwnaed y copi ar { SOFT($copied) }.
copy-title = Cofnod{ $case }: { $title }
copy-heading = Cofnod o anghytundeb proffesiynol{ $case }

## Questions and errors

there-is-a-problem = Mae problem wedi codi
error-prefix = Gwall:{ " " }
date-input-day = Diwrnod
date-input-month = Mis
date-input-year = Blwyddyn

## A stage's steps, contacts and the record's parts

back = Yn ôl
change = Newid
contact-phone-label = Ffôn:{ " " }
contact-out-of-hours-label = Y tu allan i oriau:{ " " }
contact-email-label = E-bost:{ " " }
stage-not-in-procedure = Nid yw'r cam hwn yn y weithdrefn.
stage-began-on = Dechreuodd y cam hwn:{ " " }
stage-began-on-end = .
stage-began-not-known = Nid ydych yn gwybod pryd y dechreuodd y cam hwn.
marker-waiting = Fe wnaethoch ei godi yma: yn aros am yr ateb
marker-at-step = Rydych ar y weithred hon
step-contact-key = Cyswllt
step-counterpart-key = Eu cymar
sooner-if = Yn gynt os { $condition }.
step-by-when-key = Erbyn pryd
check-this-date = Gwiriwch y dyddiad hwn:{ " " }
contacts-heading = Cysylltiadau
what-to-record-heading = Beth i'w gofnodi
read-stage-text-link = Darllen beth mae'r weithdrefn yn ei ddweud am y cam hwn
stage-steps-heading = Beth i'w wneud, pwy i gysylltu â nhw ac erbyn pryd

## The start screen

start-title = Darganfod ar ba gam yr ydych, pwy i gysylltu â nhw ac erbyn pryd
link-does-not-work = Nid yw'r ddolen hon yn gweithio:{ " " }
start-intro = Atebwch ychydig o gwestiynau am yr anghytundeb. Ar y diwedd gallwch argraffu cofnod ar gyfer ffeil y plentyn, ei gadw i barhau yn nes ymlaen, ac ychwanegu dyddiadau cau at eich calendr.
start-time = Mae'n cymryd tua 5 munud. Nid yw dim a deipiwch yn gadael y ddyfais hon.
start-draft-kept = Fe wnaethoch gadw drafft o gofnod ar y ddyfais hon.
start-continue-draft = Parhau â'ch drafft
start-now = Dechrau nawr
start-open-record = Parhau o gofnod a gadwyd
start-open-record-hint = Dewiswch y ffeil gofnod (.json) a gadwoch o'r cymorth hwn.

## The first screens

link-no-example = Mae'r ddolen a ddilynoch yn enwi enghraifft wedi'i gweithio, “{ $id }”, nad yw gan y weithdrefn hon. Gallwch ddechrau o'r dechrau yn lle hynny.
link-no-stage = Mae'r ddolen a ddilynoch yn enwi cam, “{ $id }”, nad yw gan y weithdrefn hon (mae ganddi gamau { $stages }). Gallwch ddechrau o'r dechrau yn lle hynny.
restart-title = Ydych chi'n siŵr eich bod am ddechrau eto?
restart-deletes-draft = Fe wnaethoch gadw drafft o gofnod ar y ddyfais hon. Mae dechrau eto yn dileu'r drafft: ni ellir adfer ei atebion.
restart-files-not-affected = Nid effeithir ar ffeiliau a gadwoch, cofnodion a argraffoch na digwyddiadau a ychwanegoch at eich calendr.
restart-yes = Ydw, dileu'r drafft a dechrau eto
restart-no = Nac ydw, cadw'r drafft
example-caption = Enghraifft wedi'i gweithio ar gyfer hyfforddiant
example-dates-moved = Mae dyddiadau'r enghraifft wedi'u symud i'r wythnos ddiwethaf, felly mae ei dyddiadau cau yn darllen fel y byddent mewn achos go iawn heddiw.
example-start = Dechrau'r enghraifft
urgent-required = Dewiswch ‘Ie’ neu ‘Na’
link-to-stage-safety-first = Fe wnaethoch ddilyn dolen i gam { $number }: “{ $title }”. Yn gyntaf, diogelwch y plentyn.
urgent-act-now = Gweithredwch nawr i gadw'r plentyn yn ddiogel
urgent-come-back = Dewch yn ôl at y weithdrefn hon unwaith y bydd y plentyn yn ddiogel. Gellir uwchgyfeirio'r anghytundeb bryd hynny.
area-not-covered-hint = Nid yw'r weithdrefn hon yn cwmpasu hyn
area-something-else-choice = Rhywbeth arall
area-question = Am beth mae'r anghytundeb?
area-hint = Dewiswch yr agosaf
area-other-label = Am beth mae'n ymwneud?
area-required = Dewiswch am beth mae'r anghytundeb
area-other-required = Rhowch am beth mae'r anghytundeb
excluded-title = Nid yw'r weithdrefn hon yn cwmpasu'r anghytundeb hwn
excluded-ask-lead = Gofynnwch i arweinydd diogelu eich asiantaeth pa weithdrefn i'w dilyn.
description-title = Disgrifiwch yr anghytundeb (dewisol)
description-hint = Brawddeg neu ddwy ar gyfer y cofnod: y penderfyniad rydych yn anghytuno ag ef, a pham. Peidiwch â chynnwys enwau a manylion nad oes eu hangen ar y cofnod: defnyddiwch gyfeirnod yr achos, nid enw'r plentyn.

## Whose case it is

other-agency-question = Â pha asiantaeth rydych chi'n anghytuno?
other-agency-hint = Yr asiantaeth yr ydych yn herio ei phenderfyniad, ei gweithred neu ei diffyg gweithredu
other-agency-required = Dewiswch yr asiantaeth rydych yn anghytuno â hi
your-agency-question = I ba asiantaeth rydych chi'n gweithio?
your-agency-hint = Yna mae'r cymorth yn dangos rôl eich asiantaeth eich hun ar bob cam
your-agency-required = Dewiswch yr asiantaeth rydych yn gweithio iddi
another-agency = Asiantaeth arall
agency-name-label = Enw'r asiantaeth (dewisol)
case-title = Am yr achos (dewisol)
case-reference-hint = Y cyfeirnod y mae eich asiantaeth yn ei ddefnyddio ar gyfer y plentyn neu'r teulu. Peidiwch byth â defnyddio enw'r plentyn.
your-role-hint = Er enghraifft, athro dosbarth neu ymwelydd iechyd
case-intro = Mae'r rhain yn eich helpu i wahaniaethu rhwng y cofnod hwn ac eraill: maen nhw'n ymddangos ar y cofnod wedi'i argraffu, yn enw'r ffeil a gadwyd ac yn eich calendr. Nid oes dim yma yn cael ei anfon at y bartneriaeth.
training-banner = { " " }{ $title }: ffuglennol, nid achos go iawn.
date-hint = Er enghraifft, 27 3 2026
continue = Parhau

## Where the practitioner is

found-at = Mae eich atebion yn eich rhoi ar gam { $number }: “{ $title }”.
where-starting-with = Rydych yn dechrau: codi'r mater gyda “{ $contact }”
where-starting = Rydych yn dechrau
where-it-is-with = Mae'r mater gyda “{ $contact }”
where-reached = Mae wedi cyrraedd y cam hwn
where-unsure = Nid wyf yn siŵr
where-unsure-hint = Atebwch ychydig o gwestiynau i gael gwybod
where-question = Ar ba gam ydych chi?
where-required = Dewiswch y cam rydych arno, neu ‘Nid wyf yn siŵr’
finding-caption = Dod o hyd i'ch cam
find-required-with = Dewiswch a ydych wedi codi'r mater gyda “{ $contact }”
find-required-stage = Dewiswch a ydych wedi mynd ag ef i gam { $number }
date-after-earlier-stage = { $what }: rhaid iddo fod ar y dyddiad y dechreuodd cam { $number }, { $date }, neu ar ôl hynny
date-before-later-stage = { $what }: rhaid iddo fod ar y dyddiad y dechreuodd cam { $number }, { $date }, neu cyn hynny
earlier-title = Pryd y dechreuodd y camau cynharach?
earlier-intro = Rhowch y dyddiadau rydych yn eu gwybod, ar gyfer y cofnod. Gadewch ddyddiad yn wag os nad ydych yn ei wybod.
date-stage-began = Y dyddiad y dechreuodd cam { $number }
stage-start-question = Pryd y dechreuodd cam { $number }: “{ $title }”?
stage-start-hint = { $found }Y diwrnod y codoch y mater gyntaf ar y cam hwn. Er enghraifft, 27 3 2026
time-began = Yr amser y dechreuodd
time-began-hint = Defnyddiwch y cloc 24 awr, er enghraifft 09:30 neu 14:00
stage-start-unknown = Nid wyf yn gwybod pryd y dechreuodd y cam hwn
stage-start-not-both = Rhowch y dyddiad y dechreuodd cam { $number }, neu dewiswch ‘Nid wyf yn gwybod’, nid y ddau
stage-start-required = Rhowch y dyddiad y dechreuodd cam { $number }, neu dewiswch ‘Nid wyf yn gwybod’
time-began-required = Rhowch yr amser y dechreuodd, fel 09:30 neu 14:00
or = neu

## A stage's screen, and what happened

stage-start-not-known-warning = Nid yw'r dyddiad y dechreuodd y cam hwn yn hysbys, felly ni ellir cyfrifo ei ddyddiadau cau. Gallwch ychwanegu'r dyddiad o'r dudalen wirio.
contacted-label = Pwy rydych wedi cysylltu â nhw ar y cam hwn, a phryd? (dewisol)
contacted-hint = Mae eu rôl a'u hasiantaeth yn ddigon ar gyfer y rhan fwyaf o gofnodion
target-inset-urgent = Gallwch bennu eich dyddiad targed eich hun i gadw'r cam hwn i symud.
target-inset-none = Nid yw'r weithdrefn yn pennu amserlen ar gyfer y cam hwn. Gallwch bennu eich dyddiad targed eich hun er mwyn i'r mater barhau i symud ymlaen.
target-passed = Mae'r dyddiad targed a roesoch, { $date }, eisoes wedi mynd heibio.{ " " }
target-passed-continue = Parhewch os yw hynny'n gywir, neu newidiwch ef.
target-label = Dyddiad targed (dewisol)
target-what = Dyddiad targed
stage-of = Cam { $number } o { $count }
done-label-with = Gweithred { $number }: pryd y codoch y mater gyda “{ $contact }”? (dewisol)
done-label = Gweithred { $number }: pryd y cafodd ei gwneud? (dewisol)
done-hint = Rhowch y diwrnod y gwnaed pob gweithred{ $dated ->
    [yes] , a dangosir a gafodd ei dyddiad cau ei fodloni neu ei fethu
   *[no] : yna mae'r cofnod yn dweud pryd
  }. Gadewch weithred yn wag nes iddi gael ei gwneud.
done-date-hint = Er enghraifft, 4 12 2026
steps-done = Gweithredoedd a wnaed
date-step-done = Y dyddiad y gwnaed gweithred { $number }
outcome-choice-resolved = Do, cafodd ei ddatrys
outcome-choice-unresolved-here = Naddo, ni chafodd ei ddatrys ar y cam hwn
outcome-choice-unresolved-final = Naddo, ni chafodd ei ddatrys ar y cam olaf hwn
outcome-choice-escalate = Naddo, mae angen iddo fynd i gam { $number }: “{ $title }”
outcome-choice-waiting-for = Ddim eto: yn aros am ateb gan “{ $contact }”
outcome-choice-waiting = Ddim eto: rwy'n aros am ateb
outcome-choice-waiting-hint = Gallwch gadw'r cofnod nawr a pharhau yn nes ymlaen
outcome-choice-not-raised = Heb ei ddatrys, a heb ei godi eto gyda “{ $contact }”
agreed-label = Beth a gytunwyd?
resolved-on-label = Pryd y cafodd ei ddatrys?
next-course-label = Beth sy'n digwydd nesaf? (dewisol)
unresolved-on-label = Pryd y penderfynwyd hyn?
outcome-question = A gafodd yr anghytundeb ei ddatrys ar gam { $number }?
outcome-required = Dewiswch a gafodd yr anghytundeb ei ddatrys ar gam { $number }
agreed-required = Rhowch yr hyn a gytunwyd
date-resolved = Y dyddiad y cafodd ei ddatrys
date-decided = Y dyddiad y penderfynwyd hyn
escalate-question = Pryd yr aethoch ag ef i gam { $number }: “{ $title }”?
escalate-hint = Mae dyddiadau cau'r cam yn cyfrif o'r diwrnod hwn. Er enghraifft, 27 3 2026
escalate-not-yet = Nid wyf wedi mynd ag ef i gam { $number } eto
date-escalated = Y dyddiad y cafodd ei uwchgyfeirio
escalate-not-both = Rhowch y dyddiad y cafodd ei uwchgyfeirio, neu dewiswch ‘Nid wyf wedi mynd ag ef i gam { $number } eto’, nid y ddau

## Checking, keeping and clearing the record

questions-intro = Mae'r weithdrefn yn gofyn am yr atebion hyn ar y cofnod. Atebwch yr hyn y gallwch: gallwch ddod yn ôl atynt.
the-date = Y dyddiad
keep-your-record = Cadw eich cofnod
print-record = Argraffu'r cofnod
save-record = Cadw'r cofnod i barhau yn nes ymlaen (.json)
save-copy = Cadw copi darllenadwy ar gyfer ffeil yr achos (.html)
save-calendar = Ychwanegu'r dyddiadau cau at eich calendr (.ics)
files-made-here = Caiff ffeiliau eu gwneud ar y ddyfais hon a'u cadw lle mae eich porwr yn cadw ffeiliau a lawrlwythwyd. Nid oes dim yn cael ei uwchlwytho.
printed-version = { $title }, diweddarwyd ddiwethaf { $date }
printed-on = Argraffwyd ar { SOFT($day) }. Gwiriwch y llawlyfr am y fersiwn gyfredol: { $address }
tell-partnership = Rhoi gwybod i'r bartneriaeth
tell-partnership-intro = Mae'r bartneriaeth yn cyfrif sut y defnyddir ei gweithdrefn. Gallwch wneud ffurflen fonitro ddienw: rydych yn gweld popeth sydd ynddi cyn i chi ei chadw.
make-return = Gwneud ffurflen fonitro
keep-draft = Cadw drafft ar y ddyfais hon
keep-draft-hint = Dim ond ar ddyfais nad oes neb arall yn ei defnyddio. Caiff eich atebion eu cadw yn y porwr hwn nes i chi ddad-dicio hwn neu glirio popeth; bydd unrhyw un sy'n agor y dudalen hon yn y porwr hwn yn eu gweld.
check-title = Gwirio eich cofnod
check-intro = Dyma eich cofnod o'r anghytundeb hyd yma. Gwiriwch ef, yna argraffwch ef neu ei gadw ar gyfer ffeil y plentyn.
record-what-next = Cofnodi beth ddigwyddodd nesaf
clear-everything = Clirio popeth
clear-title = Ydych chi'n siŵr eich bod am glirio popeth?
clear-removes-draft = y drafft a gadwyd ar y ddyfais hon
clear-removes = Mae hyn yn dileu:
clear-removes-answers = pob ateb yn y cymorth penderfynu hwn, ar y dudalen hon
clear-cannot-be-undone = Ni ellir ei ddadwneud. Nid yw'n dileu ffeiliau a gadwoch, cofnodion a argraffoch na digwyddiadau a ychwanegoch at eich calendr.
clear-yes = Ydw, clirio popeth
clear-no = Nac ydw, yn ôl i'r cofnod

## Where the disagreement stands, and the return

current-stage = Y cam presennol
key-record-made = Gwnaed y cofnod
record-made-not-kept-short = Heb ei gadw (cadwyd gan fersiwn cynharach o'r cymorth)
outcome-so-far = Canlyniad hyd yma
step-n-capital = Gweithred { $number }
deadline-of-stage = Cam { $number }: { $who }
target-of-stage = Cam { $number }: y dyddiad targed a bennwyd gennych
deadlines = Dyddiadau cau
summary-title = Sefyllfa'r anghytundeb hwn
case-caption = Achos { $case }
changed-item = { " " }({ $whose }): { $note }
changed-since = Mae'r weithdrefn wedi newid ers gwneud y cofnod hwn.
changed-since-check = { " " }Gwiriwch fod yr hyn y mae'n ei ddweud yn dal yn berthnasol.
carry-on = Parhau o'r man lle gwnaethoch adael
record-this-stage = Cofnodi beth ddigwyddodd ar y cam hwn
check-or-change = Gwirio neu newid eich atebion
return-email-subject = Ffurflen fonitro: { $title }
return-email-body = Mae'r ffurflen fonitro ddienw o'r cymorth penderfynu isod (ac wedi'i hatodi, os atodais y ffeil).
by-email-to = Drwy e-bost at{ " " }
open-email = Agor e-bost gyda'r ffurflen yn eich rhaglen e-bost eich hun
nothing-sent-until = : nid oes dim yn cael ei anfon nes i chi ei anfon.
through-web-form = Drwy ffurflen we'r bartneriaeth:{ " " }
no-way-to-reach = Nid yw'r weithdrefn yn dweud sut i'w cyrraedd. Gofynnwch i arweinydd diogelu neu berson a enwir eich asiantaeth sut mae eich asiantaeth yn ei hanfon.
where-to-send = Ble i'w hanfon
return-training-warning = Enghraifft hyfforddi yw hon: mae'r ffurflen wedi'i marcio fel hyfforddiant, ac ni fydd y bartneriaeth yn ei chyfrif.
return-intro = Mae'r bartneriaeth yn cyfrif sut y defnyddir ei gweithdrefn, er mwyn iddi allu ei gwella. Dim ond yr hyn sydd isod y mae'r ffurflen yn ei ddweud: dim enwau, dim byd a deipiwyd gennych, a dim cyfeirnod achos.
return-all-they-see = Dyma'r cyfan y bydd y bartneriaeth yn ei weld
return-left-out = Yr hyn y mae'r ffurflen yn ei adael allan, a pham
return-made-here = Caiff y ffeil ei gwneud ar y ddyfais hon. Nid yw'r cymorth byth yn anfon dim ei hun.
return-title = Eich ffurflen fonitro
save-return = Cadw'r ffurflen fonitro (.json)
unreadable = Ni all y cymorth penderfynu ddarllen y weithdrefn hon (gwnaed y dudalen gan fersiwn arall o Stagehand, neu mae wedi'i difrodi), felly ni all ddechrau. Rhowch wybod i bwy bynnag sy'n cyhoeddi'r llawlyfr hwn. Yn y cyfamser,{ " " }
unreadable-print-form = argraffwch ffurflen gofnod wag
unreadable-follow-route = { " " }a dilynwch y llwybr isod yn lle hynny.
deadline-unknown-years = Nid oes gan galendr y gwyliau banc ({ $calendar }) wyliau ar gyfer { $years }: caiff unrhyw ŵyl banc bryd hynny ei chyfrif fel diwrnod gwaith, felly gwiriwch y dyddiad hwn.

## File names (letters, digits and hyphens only)

file-name-record = cofnod-uwchgyfeirio
