/**
 * English strings of the independent radiology review (issue 9): the reviewer's imaging
 * casebook, the independent read on the tumour assessment screen, and the two reads side by
 * side for the study team. Spread into `messages.en.ts`.
 */
export const radiologyEn = {
  'radiology.imagingTitle': 'Imaging visits',
  'radiology.casebookTitle': 'Imaging · {subject}',
  'radiology.casebookIntro':
    'Independent review: you see this subject’s imaging visits and your own reads only — not the site’s reads or clinical data.',
  'radiology.visit': 'Visit',
  'radiology.date': 'Scan date',
  'radiology.siteRead': 'Site read',
  'radiology.independentRead': 'Independent read',
  'radiology.notRead': 'not read',
  'radiology.readNoResponse': 'measured, no response given',
  'radiology.open': 'Open the independent read',
  'radiology.openAssessment': 'Open the tumour assessment',
  'radiology.noImagingVisits': 'No imaging visit has been recorded for this subject yet.',
  'radiology.enrolled': 'Day 1 (enrolment): {date}',
  'radiology.notEnrolled': 'Not enrolled yet: the latest scan stands in for day 1.',
  'radiology.intro':
    'Independent read (RECIST 1.1): choose and measure your own lesions, blind to the site’s read. The response is recomputed live over your stored reads and this one.',
  'radiology.reviewerResponse': 'Reviewer’s overall response',
  'radiology.disagrees':
    'Differs from the engine: reviewer {reviewer}, engine {engine}. Saving raises a data query.',
  'radiology.saveRead': 'Save independent read',
  'radiology.compareTitle': 'Site and independent reads',
  'radiology.compareCaption': 'The two reads of this scan, each scored by the RECIST 1.1 engine',
  'radiology.measure': 'Measure',
  'radiology.engineResponse': 'Engine response',
  'radiology.recordedResponse': 'Recorded response',
  'radiology.agreement': 'Recorded vs engine',
  'radiology.agrees': 'agrees',
  'radiology.differs': 'differs',
  'radiology.readersAgree': 'The readers agree: both {response}.',
  'radiology.readersDiffer':
    'The readers disagree: site {site}, independent {independent} (engine responses).',
  'radiology.disagreementQueries': 'Disagreement queries on these reads',
  'radiology.noDisagreementQueries': 'No RECIST disagreement query on these reads.',
  'radiology.notScored': 'not scored',
  'radiology.ownQueriesTitle': 'Queries on your reads',
  'radiology.noOwnQueries': 'No data query has been raised on your reads.',
  'radiology.thisRead': 'This read (scan of {date})',
  'radiology.readOf': 'Your read of the scan of {date}',
} as const;
