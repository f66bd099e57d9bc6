# The decision aid: its screens, its record and its exports. Editors' words
# (a stage's title, a role) come in as variables. A contact ($contact, the
# role as the editor wrote it) always has a place of its own, in quotation
# marks or after a colon, never fitted into a sentence ("your" before a
# role that already says whose it is read badly in English, and Welsh
# mutates a word after many others).

## Dates and times

clock = { $hour }:{ $minutes }{ $half ->
    [am] am
   *[pm] pm
  }
date-at-time = { $date } at { $time }
date-error-enter = Enter { $what_mid }
date-error-own-boxes = { $what } must have the day, month and year each in its own box, for example 27 3 2026
date-error-include = { $what } must include a { $missing }
date-part-day = day
date-part-month = month
date-part-year = year
date-parts-and = { " " }and{ " " }
date-error-real = { $what } must be a real date
date-error-year-4 = { $what } must include a year with 4 numbers
date-error-past = { $what } must be today or in the past
date-error-after = { $what } must be the same as or after { $date }

## Tags: where a step's deadline stands

working-days = { $count ->
    [one] 1 working day
   *[other] { $count } working days
  }
tag-met = Met
tag-missed = Missed
tag-done = Done
tag-overdue = Overdue
tag-overdue-by = Overdue by { $days }
tag-due-today = Due today
tag-due-next-day = Due on the next working day
tag-due-in = Due in { $days }

## What to do next, and by when (the plan)

stage-name = Stage { $number }: { $title }
due-and-done = { $due }; done on { $done }
last-stage-partial = the last stage this handbook holds
last-stage = the final stage of the procedure
next-find = Find which stage of the procedure you are at.
next-resolved = Nothing more to do: it was resolved at stage { $number }{ $on }. Keep the record on the child's file.
next-resolved-on = { " " }on { $date }
next-unresolved = It was not resolved at { $name }, { $last }. { $end }
no-further-stage = The procedure has no further stage.
next-all-done = Every step of { $name } is done: record whether it was resolved.{ $further }
next-all-done-further = { " " }If it was not, { $take }
by-date = by { $date }
by-today-late = today, { $today }: it was due by { $date }
target-is = your target date for this stage is { $date }
target-set-own = you can set your own target date on the stage's screen
target-set-own-there = you can set your own target date once it is there
by-no-timescale = as soon as you can: the procedure sets no timescale, and { $target }
by-no-date = { $timescale }: the procedure sets no date, and { $target }
by-no-start = { $timescale }: the date cannot be worked out until the record says when this stage began (add it from the check page)
to-do = { $name }: { $action } { $who } { $by }.
to-do-contact = Contact “{ $contact }”
to-do-no-contact = Do it
waiting-then-next = { $next }. Do it { $by }.
waiting-from = { " " }from “{ $contact }”
waiting-last = You are waiting to hear back{ $from } at { $name }, { $last }{ $due }.
waiting-passed = You are waiting to hear back{ $from } at { $name }. The deadline, { $date }, has passed: { $then }
waiting-by = You are waiting to hear back{ $from } at { $name }. If it is not resolved by { $date }, { $then }
waiting-target = You are waiting to hear back{ $from } at { $name }. If it is not resolved by your target date, { $date }, { $then }
waiting-open = You are waiting to hear back{ $from } at { $name }. If it is not resolved, { $then }
due-passed = { " " }(its deadline, { $date }, has passed)
due-is = { " " }(its deadline is { $date })
due-target = { " " }(your target date for this stage is { $date })
due-no-timescale = { " " }(the procedure sets no timescale for this step: you can set your own target date on the stage's screen)
due-no-date = { " " }({ $timescale }: the procedure sets no date)
due-no-start = { " " }(its deadline cannot be worked out until the record says when this stage began)
further-not-resolved = It was not resolved at { $name }. { $take }
further-last = Every step of { $name }, { $last }, has been taken. Record whether it was resolved.
take-further = { $case ->
    [upper] Take
   *[lower] take
  } it to stage { $number }: { $title }{ $who }.{ $by }
take-further-who = : raise it with “{ $contact }”
take-further-if-today = { " " }If you raise it today, { $today }, the procedure's deadline for that step ({ $timescale }) is { $date }.
take-further-by-when = { " " }Do it { $by }.

## The calendar file's events

cal-case = { " " }(case { $case })
cal-due = Due
cal-state = { " " }{ $state }.
cal-done-on = { " " }{ $state }: done on { $date }.
cal-who = , { $contact }
cal-summary = { $state }: { $name }{ $who }{ $case }
cal-contact = { " " }Contact: { $contact }.
cal-description = { $action }{ $contact_line }{ $done }
cal-target-summary = Target date: { $name }{ $case }
cal-target-description = The target date you set for { $name }, { $date }, where the procedure sets none.
cal-if-raised-summary = Due if raised on { $today }: { $name }{ $who }{ $case }
cal-if-raised-description = { $action } Contact: { $contact }. This date counts from { $today }, the day this file was made: if you raise it later, download the calendar file again.
cal-as-procedure-says = as the procedure says

## Outcomes (a return's, and each stage's)

outcome-under-way = still under way
outcome-resolved = resolved
outcome-escalated = taken to the next stage
outcome-not-resolved = not resolved at { $partial ->
    [yes] the last stage this handbook holds
   *[no] the final stage of the procedure
  }
return-outcome-under-way = Still under way
return-outcome-resolved = Resolved
return-outcome-not-resolved = Not resolved at { $partial ->
    [yes] the last stage this handbook holds
   *[no] the final stage of the procedure
  }

## The record (the check page, the printed record, the copy)

not-asked = Not asked
not-asked-yet = Not asked yet
not-given = Not given
not-known = Not known
not-answered = Not answered
outcome-on = { " " }on { $date }
outcome-not-taken-yet = Not resolved: not yet taken to stage { $number }
outcome-not-resolved-yet = Not resolved yet
outcome-not-raised-with = Not resolved yet: not yet raised with “{ $contact }”
outcome-waiting = Not yet known: waiting to hear back
outcome-resolved-on = Resolved{ $on }: { $agreed }
outcome-taken-to = : taken to stage { $number }, { $title_mid }
outcome-date-not-given = { " " }(date not given)
outcome-escalated-on = Not resolved{ $next }{ $on }
outcome-unresolved-on = Not resolved at { $partial ->
    [yes] the last stage this handbook holds
   *[no] the final stage
  }{ $on }.
outcome-what-next = { " " }What happens next: { $agreed }
version-words = { $title } ({ $partnership }), last updated { $date }
key-procedure = Procedure
key-local-version = Local version
key-regional-procedure = Regional procedure
section-procedure = The procedure followed
area-something-else = Something else: { $text }
key-training = Training example
training-fictional = { $title } (fictional)
key-case-reference = Case reference
key-your-role = Your role
key-your-agency = Your agency
key-other-agency = The agency you disagree with
key-area = What the disagreement is about
key-description = Description
section-disagreement = The disagreement
began-at = { " " }at { $time }
key-began = Began
key-who-contacted = Who was contacted
step-n = step { $number }
key-deadline = Deadline: { $who }
key-target = Target date you set
key-outcome = Outcome
section-next = What to do next
as-of = As of { $date }
section-questions = Questions for the record

## The monitoring return, as the practitioner checks it

left-out-typed = Everything you typed: the case reference, your role, the description, who you contacted and what was agreed. Typed text could name a child or a family, so no return carries it.
left-out-days = The days each stage began and ended: only the month it began and the working days each stage took, so the return cannot point to one case.
left-out-agencies = The agencies: this procedure lists none to choose from, so the return does not count them. Say which agencies were involved if you send the answers below another way.
left-out-answers = Your answers to these questions for the record: { $questions }. They are your own words, so they stay on the child's file. Where the procedure asks for them to be sent (see below), send them the way it says, not in the return.
month-year = { $month } { $year }
return-agencies-not-counted = Not counted: this procedure lists no agencies
return-another-agency = Another agency (its name is not included)
return-made = Return made
return-training = Yes: fictional, the partnership will not count it
return-about = What it was about
return-something-else = Something else (your description is not included)
return-agency-raising = Agency raising it
return-agency-receiving = Agency receiving it
return-month-began = Month it began
return-after-days = { $count ->
    [one] { " " }after 1 working day
   *[other] { " " }after { $count } working days
  }
return-step-deadline = . Step { $number } deadline: { $met ->
    [met] met
    [missed] missed
   *[unknown] not yet known
  }
return-number = Return number

## Finding where the practitioner is

finder-raised-with = Have you raised it with “{ $contact }”?
finder-taken-to = Have you taken it to stage { $number }: { $title }?
finder-done-this = Have you done this: { $action_mid }?
finder-yes-waiting = Yes, and I'm waiting for their answer
finder-yes-not-resolved = Yes, and it was not resolved
finder-no = No, not yet

## Opening a saved record

open-not-a-record = The selected file is not a record saved by this decision aid
open-a-return = The selected file is a monitoring return, made for the partnership: it holds no answers to carry on from. Choose the record file (.json) you saved with “Save the record to carry on later”
open-newer = The selected file was saved by a newer version of the decision aid (version { $version }): reload the page and try again
open-other-procedure = The selected file is a record for another procedure ({ $procedure }): open it from that procedure's page
open-unknown-stage = The selected file names a stage ({ $stage }) this procedure no longer has
changed-regional = the regional procedure, { $title }
record-made = Record made { $date }
record-made-not-kept = The day this record was first made was not kept (it was saved by an earlier version of the aid)

## The readable copy

copy-tag = [{ $tag }]
copy-training = Training example: fictional, not a real case.
copy-case = : case { $case }
copy-following = Following { $title } ({ $partnership }), last updated { $updated }. { $made }. Copy made { $copied }.
copy-title = Record{ $case }: { $title }
copy-heading = Record of a professional disagreement{ $case }

## Questions and errors

there-is-a-problem = There is a problem
error-prefix = Error:{ " " }
date-input-day = Day
date-input-month = Month
date-input-year = Year

## A stage's steps, contacts and the record's parts

back = Back
change = Change
contact-phone-label = Phone:{ " " }
contact-out-of-hours-label = Out of hours:{ " " }
contact-email-label = Email:{ " " }
stage-not-in-procedure = This stage is not in the procedure.
stage-began-on = This stage began on{ " " }
stage-began-on-end = .
stage-began-not-known = You do not know when this stage began.
marker-waiting = You raised it here: waiting for the answer
marker-at-step = You are at this step
step-contact-key = Contact
step-counterpart-key = Their counterpart
sooner-if = Sooner if { $condition }.
step-by-when-key = By when
check-this-date = Check this date:{ " " }
contacts-heading = Contacts
what-to-record-heading = What to record
read-stage-text-link = Read what the procedure says about this stage
stage-steps-heading = What to do, who to contact and by when

## The start screen

start-title = Work out which stage you are at, who to contact and by when
link-does-not-work = This link does not work:{ " " }
start-intro = Answer a few questions about the disagreement. At the end you can print a record for the child's file, save it to carry on later, and add deadlines to your calendar.
start-time = It takes about 5 minutes. Nothing you type leaves this device.
start-draft-kept = You kept a draft of a record on this device.
start-continue-draft = Continue your draft
start-now = Start now
start-open-record = Carry on from a saved record
start-open-record-hint = Choose the record file (.json) you saved from this aid.

## The first screens

link-no-example = The link you followed names a worked example, “{ $id }”, that this procedure does not have. You can start from the beginning instead.
link-no-stage = The link you followed names a stage, “{ $id }”, that this procedure does not have (it has stages { $stages }). You can start from the beginning instead.
restart-title = Are you sure you want to start again?
restart-deletes-draft = You kept a draft record on this device. Starting again deletes the draft: its answers cannot be brought back.
restart-files-not-affected = Files you saved, records you printed and events you added to your calendar are not affected.
restart-yes = Yes, delete the draft and start again
restart-no = No, keep the draft
example-caption = Worked example for training
example-dates-moved = The example's dates have been moved to the past week, so its deadlines read as they would in a real case today.
example-start = Start the example
urgent-required = Select yes if a child is at immediate risk of significant harm
link-to-stage-safety-first = You followed a link to stage { $number }: { $title }. First, the child's safety.
urgent-act-now = Act now to keep the child safe
urgent-come-back = Come back to this procedure once the child is safe. The disagreement can be escalated then.
area-not-covered-hint = This procedure does not cover this
area-something-else-choice = Something else
area-question = What is the disagreement about?
area-hint = Choose the closest
area-other-label = What is it about?
area-required = Select what the disagreement is about
area-other-required = Enter what the disagreement is about
excluded-title = This procedure does not cover this disagreement
excluded-ask-lead = Ask your agency's safeguarding lead which procedure to follow.
description-title = Describe the disagreement (optional)
description-hint = A sentence or two for the record: the decision you disagree with, and why. Leave out names and details the record does not need: use the case reference, not the child's name.

## Whose case it is

other-agency-question = Which agency do you disagree with?
other-agency-hint = The agency whose decision, action or lack of action you are challenging
other-agency-required = Select the agency you disagree with
your-agency-question = Which agency do you work for?
your-agency-hint = The aid then shows your own agency's role at each stage
your-agency-required = Select the agency you work for
another-agency = Another agency
agency-name-label = Name of the agency (optional)
case-title = About the case (optional)
case-reference-hint = The reference your agency uses for the child or family. Never the child's name.
your-role-hint = For example, class teacher or health visitor
case-intro = These help you tell this record apart from others: they appear on the printed record, in the saved file's name and in your calendar. Nothing here is sent to the partnership.
training-banner = { " " }{ $title }: fictional, not a real case.
date-hint = For example, 27 3 2026
continue = Continue

## Where the practitioner is

found-at = Your answers put you at stage { $number }: { $title }.
where-starting-with = You are starting: raising it with “{ $contact }”
where-starting = You are starting
where-it-is-with = It is with “{ $contact }”
where-reached = It has reached this stage
where-unsure = I'm not sure
where-unsure-hint = Answer a few questions to find out
where-question = Which stage are you at?
where-required = Select the stage you are at, or ‘I'm not sure’
finding-caption = Finding your stage
find-required-with = Select whether you have raised it with “{ $contact }”
find-required-stage = Select whether you have taken it to stage { $number }
date-after-earlier-stage = { $what } must be the same as or after the date stage { $number } began, { $date }
date-before-later-stage = { $what } must be the same as or before the date stage { $number } began, { $date }
earlier-title = When did the earlier stages begin?
earlier-intro = Give the dates you know, for the record. Leave a date blank if you do not know it.
date-stage-began = Date stage { $number } began
stage-start-question = When did stage { $number }: { $title } begin?
stage-start-hint = { $found }The day you first raised it at this stage. For example, 27 3 2026
time-began = Time it began
time-began-hint = Use the 24-hour clock, for example 09:30 or 14:00
stage-start-unknown = I do not know when this stage began
stage-start-not-both = Enter the date stage { $number } began, or select ‘I do not know’, not both
stage-start-required = Enter the date stage { $number } began, or select ‘I do not know’
time-began-required = Enter the time it began, like 09:30 or 14:00
or = or

## A stage's screen, and what happened

stage-start-not-known-warning = The date this stage began is not known, so its deadlines cannot be worked out. You can add the date from the check page.
contacted-label = Who have you contacted at this stage, and when? (optional)
contacted-hint = Their role and agency is enough for most records
target-inset-urgent = You can set your own target date to keep this stage moving.
target-inset-none = The procedure sets no timescale for this stage. You can set your own target date to keep it moving.
target-passed = The target date you entered, { $date }, has already passed.{ " " }
target-passed-continue = Continue if that is right, or change it.
target-label = Target date (optional)
target-what = Target date
stage-of = Stage { $number } of { $count }
done-label-with = Step { $number }: when did you raise it with “{ $contact }”? (optional)
done-label = Step { $number }: when was it done? (optional)
done-hint = Give the day each step was done{ $dated ->
    [yes] , and its deadline is shown as met or missed
   *[no] : the record then says when
  }. Leave a step empty until it is done.
done-date-hint = For example, 4 12 2026
steps-done = Steps done
date-step-done = The date step { $number } was done
outcome-choice-resolved = Yes, it was resolved
outcome-choice-unresolved-here = No, it was not resolved at this stage
outcome-choice-unresolved-final = No, it was not resolved at this final stage
outcome-choice-escalate = No, it needs to go to stage { $number }: { $title }
outcome-choice-waiting-for = Not yet: waiting to hear back from “{ $contact }”
outcome-choice-waiting = Not yet: I'm waiting to hear back
outcome-choice-waiting-hint = You can save the record now and carry on later
outcome-choice-not-raised = Not resolved, and not yet raised with “{ $contact }”
agreed-label = What was agreed?
resolved-on-label = When was it resolved?
next-course-label = What happens next? (optional)
unresolved-on-label = When was this decided?
outcome-question = Was the disagreement resolved at stage { $number }?
outcome-required = Select whether the disagreement was resolved at stage { $number }
agreed-required = Enter what was agreed
date-resolved = The date it was resolved
date-decided = The date this was decided
escalate-question = When did you take it to stage { $number }: { $title }?
escalate-hint = Stage deadlines count from this day. For example, 27 3 2026
escalate-not-yet = I have not taken it to stage { $number } yet
date-escalated = The date it was escalated
escalate-not-both = Enter the date it was escalated, or select ‘I have not taken it to stage { $number } yet’, not both

## Checking, keeping and clearing the record

questions-intro = The procedure asks for these answers on the record. Answer what you can: you can come back to them.
the-date = The date
keep-your-record = Keep your record
print-record = Print the record
save-record = Save the record to carry on later (.json)
save-copy = Save a readable copy for the case file (.html)
save-calendar = Add the deadlines to your calendar (.ics)
files-made-here = Files are made on this device and saved where your browser saves downloads. Nothing is uploaded.
printed-version = { $title }, last updated { $date }
printed-on = Printed on { $day }. Check the handbook for the current version: { $address }
tell-partnership = Tell the partnership
tell-partnership-intro = The partnership counts how its procedure is used. You can make an anonymous monitoring return: you see everything in it before you save it.
make-return = Make a monitoring return
keep-draft = Keep a draft on this device
keep-draft-hint = Only on a device that nobody else uses. Your answers are kept in this browser until you untick this or clear everything; anyone who opens this page on this browser will see them.
check-title = Check your record
check-intro = This is your record of the disagreement so far. Check it, then print it or save it for the child's file.
record-what-next = Record what happened next
clear-everything = Clear everything
clear-title = Are you sure you want to clear everything?
clear-removes-draft = the draft kept on this device
clear-removes = This removes:
clear-removes-answers = every answer in this decision aid, on this page
clear-cannot-be-undone = It cannot be undone. It does not remove files you saved, records you printed and events you added to your calendar.
clear-yes = Yes, clear everything
clear-no = No, go back to the record

## Where the disagreement stands, and the return

current-stage = Current stage
key-record-made = Record made
record-made-not-kept-short = Not kept (saved by an earlier version of the aid)
outcome-so-far = Outcome so far
step-n-capital = Step { $number }
deadline-of-stage = Stage { $number }: { $who }
target-of-stage = Stage { $number }: target date you set
deadlines = Deadlines
summary-title = Where this disagreement stands
case-caption = Case { $case }
changed-item = { " " }({ $whose }): { $note }
changed-since = The procedure has changed since this record was made.
changed-since-check = { " " }Check that what it says still applies.
carry-on = Carry on where you left off
record-this-stage = Record what happened at this stage
check-or-change = Check or change your answers
return-email-subject = Monitoring return: { $title }
return-email-body = The anonymous monitoring return from the decision aid is below (and attached, if I attached the file).
by-email-to = By email to{ " " }
open-email = Open an email with the return in your own email program
nothing-sent-until = : nothing is sent until you send it.
through-web-form = Through the partnership's web form:{ " " }
no-way-to-reach = The procedure does not say how to reach them. Ask your agency's safeguarding lead or named person how your agency sends it.
where-to-send = Where to send it
return-training-warning = This is a training example: the return is marked as training, and the partnership will not count it.
return-intro = The partnership counts how its procedure is used, so that it can improve it. The return says only what is below: no names, nothing you typed, and not the case reference.
return-all-they-see = This is all the partnership will see
return-left-out = What the return leaves out, and why
return-made-here = The file is made on this device. The aid never sends anything itself.
return-title = Your monitoring return
save-return = Save the monitoring return (.json)
unreadable = The decision aid cannot read this procedure (the page was made by another version of Stagehand, or is damaged), so it cannot start. Tell whoever publishes this handbook. Meanwhile,{ " " }
unreadable-print-form = print a blank record form
unreadable-follow-route = { " " }and follow the route below instead.
deadline-unknown-years = The bank holiday calendar ({ $calendar }) has no holidays for { $years }: any bank holiday then is counted as a working day, so check this date.

## File names (letters, digits and hyphens only)

file-name-record = escalation-record
