//! Plan -> timeline -> snapshot and cues. Pure: time is always passed in.
