# The decision aid: its screens, its record and its exports.
