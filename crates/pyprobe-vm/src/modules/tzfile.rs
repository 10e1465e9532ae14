//! Local time: the zone of `TZ` or `/etc/localtime`, read from its TZif
//! file (RFC 8536) or POSIX `TZ` rule, and the calendar arithmetic that
//! turns seconds since the epoch into civil fields and back.
//!
//! CPython counterpart: none of its own — `Modules/timemodule.c` calls the
//! C library's `localtime_r`/`mktime`/`tzset`; this module does what
//! glibc does for them (`time/tzfile.c`, `time/tzset.c`), so that pyprobe
//! needs no C library calls.
//!
//! Invariants: a `Zone` always answers (a file or rule that cannot be
//! read is UTC); `transitions` is sorted and each has a valid index into
//! `types`; day numbers count from 1970-01-01 (day 0).

/// One kind of local time a zone switches between.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalType {
    /// Seconds east of UTC.
    pub offset: i64,
    pub isdst: bool,
    pub abbr: String,
}

/// When a POSIX rule's daylight time starts or ends, in a year.
#[derive(Clone, Copy, Debug, PartialEq)]
enum RuleDay {
    /// `Jn`: day 1..=365, February 29 never counted.
    Julian1(i64),
    /// `n`: day 0..=365, February 29 counted.
    Julian0(i64),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = the last) of month `m`.
    MonthWeek(i64, i64, i64),
}

#[derive(Clone, Debug, PartialEq)]
struct Rule {
    std: LocalType,
    /// Daylight time with its start and end: the day and the local time
    /// of day (seconds; it may be negative or past 24 hours).
    dst: Option<(LocalType, (RuleDay, i64), (RuleDay, i64))>,
}

/// A time zone: transitions from a TZif file and the rule after them.
#[derive(Clone, Debug)]
pub struct Zone {
    transitions: Vec<i64>,
    transition_types: Vec<usize>,
    types: Vec<LocalType>,
    rule: Option<Rule>,
}

const DEFAULT_DIR: &str = "/usr/share/zoneinfo";

impl Zone {
    pub fn utc() -> Zone {
        Zone {
            transitions: Vec::new(),
            transition_types: Vec::new(),
            types: vec![LocalType {
                offset: 0,
                isdst: false,
                abbr: "UTC".to_string(),
            }],
            rule: None,
        }
    }

    /// The zone the environment names, as glibc's `tzset` finds it: `TZ`
    /// unset means `/etc/localtime`; empty means UTC; `:name` or a name is
    /// a TZif file (under `$TZDIR` or the system's zoneinfo directory
    /// unless absolute); anything else a POSIX rule such as
    /// `EST5EDT,M3.2.0,M11.1.0`.
    pub fn from_env() -> Zone {
        match std::env::var("TZ") {
            Err(_) => Zone::from_file("/etc/localtime").unwrap_or_else(Zone::utc),
            Ok(tz) if tz.is_empty() => Zone::utc(),
            Ok(tz) => {
                let name = tz.strip_prefix(':').unwrap_or(&tz);
                let path = if name.starts_with('/') {
                    name.to_string()
                } else {
                    let dir = std::env::var("TZDIR").unwrap_or_else(|_| DEFAULT_DIR.to_string());
                    format!("{dir}/{name}")
                };
                let from_file = if name.contains("..") {
                    None
                } else {
                    Zone::from_file(&path)
                };
                from_file.unwrap_or_else(|| Zone::with_rule(lenient_rule(name)))
            }
        }
    }

    pub fn from_file(path: &str) -> Option<Zone> {
        Zone::from_tzif(&std::fs::read(path).ok()?)
    }

    /// A zone with no transitions, only a POSIX rule.
    #[cfg(test)]
    pub fn from_rule(text: &str) -> Option<Zone> {
        Some(Zone::with_rule(parse_rule(text)?))
    }

    fn with_rule(rule: Rule) -> Zone {
        Zone {
            transitions: Vec::new(),
            transition_types: Vec::new(),
            types: vec![rule.std.clone()],
            rule: Some(rule),
        }
    }

    /// Read a TZif file: the 64-bit data of version 2 and later (with the
    /// footer's rule), else the version 1 data.
    pub fn from_tzif(data: &[u8]) -> Option<Zone> {
        let first = Header::read(data)?;
        if first.version >= b'2' {
            let second_at = 44 + first.block_len(4);
            let second = Header::read(data.get(second_at..)?)?;
            let body = data.get(second_at + 44..)?;
            let mut zone = second.zone(body, 8)?;
            let footer = body.get(second.block_len(8)..)?;
            if let Some(rest) = footer.strip_prefix(b"\n") {
                let end = rest.iter().position(|&b| b == b'\n')?;
                let text = std::str::from_utf8(&rest[..end]).ok()?;
                if !text.is_empty() {
                    zone.rule = parse_rule(text);
                }
            }
            return Some(zone);
        }
        first.zone(data.get(44..)?, 4)
    }

    /// The local time type in effect at `t` (seconds since the epoch).
    pub fn at(&self, t: i64) -> LocalType {
        let after_last = self.transitions.last().is_none_or(|&last| t >= last);
        if after_last {
            if let Some(rule) = &self.rule {
                return rule.at(t);
            }
        }
        let n = self.transitions.partition_point(|&x| x <= t);
        let ty = if n == 0 {
            // Before the first transition: the first standard type, as
            // RFC 8536 recommends readers do (glibc does the same).
            self.types.iter().position(|ty| !ty.isdst).unwrap_or(0)
        } else {
            self.transition_types[n - 1]
        };
        self.types[ty].clone()
    }

    /// The UTC time of the local wall-clock time `local` (seconds since
    /// the epoch as if the zone were UTC), as glibc's `mktime` finds it:
    /// the offset that gives back the same wall time; for a wall time
    /// skipped by a change, the offset in force before it. `isdst` 0 or 1
    /// asks for that kind of time: when the offset found is the other
    /// kind, the nearest time of the asked kind (searched a week at a time,
    /// up to about eight years away) lends its offset, and with none, the
    /// time moves by an hour.
    pub fn to_utc(&self, local: i64, isdst: i64) -> i64 {
        let first = self.at(local);
        let t1 = local - first.offset;
        let found1 = self.at(t1);
        let mut t = if found1.offset == first.offset {
            t1
        } else {
            let t2 = local - found1.offset;
            if self.at(t2).offset == found1.offset {
                t2
            } else {
                // A wall time the change skipped: read with the offset of
                // the kind asked for, else the one in force before it.
                let before = self.at(t1.min(t2) - 1);
                let after = self.at(t1.max(t2));
                let offset = match isdst {
                    0 | 1 if after.isdst == (isdst == 1) => after.offset,
                    _ => before.offset,
                };
                return local - offset;
            }
        };
        if isdst >= 0 {
            let want = isdst > 0;
            let found = self.at(t);
            if found.isdst != want {
                const STRIDE: i64 = 601200;
                const BOUND: i64 = 536454000 / 2 + STRIDE;
                let mut delta = STRIDE;
                while delta < BOUND {
                    for other in [self.at(t - delta), self.at(t + delta)] {
                        if other.isdst == want {
                            return local - other.offset;
                        }
                    }
                    delta += STRIDE;
                }
                t += 3600 * ((!want) as i64 - (!found.isdst) as i64);
            }
        }
        t
    }
}

struct Header {
    version: u8,
    isutcnt: usize,
    isstdcnt: usize,
    leapcnt: usize,
    timecnt: usize,
    typecnt: usize,
    charcnt: usize,
}

impl Header {
    fn read(data: &[u8]) -> Option<Header> {
        if data.get(..4)? != b"TZif" {
            return None;
        }
        let count = |i: usize| -> Option<usize> {
            let b = data.get(20 + 4 * i..24 + 4 * i)?;
            Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
        };
        Some(Header {
            version: *data.get(4)?,
            isutcnt: count(0)?,
            isstdcnt: count(1)?,
            leapcnt: count(2)?,
            timecnt: count(3)?,
            typecnt: count(4)?,
            charcnt: count(5)?,
        })
    }

    /// The length of the data block after the header, with transition
    /// times of `width` bytes.
    fn block_len(&self, width: usize) -> usize {
        self.timecnt * (width + 1)
            + self.typecnt * 6
            + self.charcnt
            + self.leapcnt * (width + 4)
            + self.isstdcnt
            + self.isutcnt
    }

    fn zone(&self, body: &[u8], width: usize) -> Option<Zone> {
        if self.typecnt == 0 {
            return None;
        }
        let times = body.get(..self.timecnt * width)?;
        let transitions: Vec<i64> = times
            .chunks(width)
            .map(|c| match width {
                8 => i64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
                _ => i32::from_be_bytes([c[0], c[1], c[2], c[3]]) as i64,
            })
            .collect();
        let mut at = self.timecnt * width;
        let idx = body.get(at..at + self.timecnt)?;
        at += self.timecnt;
        let infos = body.get(at..at + self.typecnt * 6)?;
        at += self.typecnt * 6;
        let chars = body.get(at..at + self.charcnt)?;
        let mut types = Vec::with_capacity(self.typecnt);
        for info in infos.chunks(6) {
            let offset = i32::from_be_bytes([info[0], info[1], info[2], info[3]]) as i64;
            let start = info[5] as usize;
            let rest = chars.get(start..).unwrap_or(&[]);
            let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
            types.push(LocalType {
                offset,
                isdst: info[4] != 0,
                abbr: String::from_utf8_lossy(&rest[..end]).into_owned(),
            });
        }
        let transition_types: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
        if transition_types.iter().any(|&i| i >= types.len())
            || transitions.windows(2).any(|w| w[0] > w[1])
        {
            return None;
        }
        Some(Zone {
            transitions,
            transition_types,
            types,
            rule: None,
        })
    }
}

impl Rule {
    fn at(&self, t: i64) -> LocalType {
        let Some((dst, start, end)) = &self.dst else {
            return self.std.clone();
        };
        // The year is the UTC one; before 1970 glibc computes the changes
        // of 1970 (`compute_change`), and so does this.
        let (year, _, _) = civil_from_days(t.div_euclid(86400));
        let year = year.max(1970);
        // Both changes happen at local wall-clock times: the start in
        // standard time, the end in daylight time.
        let starts = rule_day(year, start.0) * 86400 + start.1 - self.std.offset;
        let ends = rule_day(year, end.0) * 86400 + end.1 - dst.offset;
        let in_dst = if starts < ends {
            starts <= t && t < ends
        } else {
            !(ends <= t && t < starts)
        };
        if in_dst {
            dst.clone()
        } else {
            self.std.clone()
        }
    }
}

/// The day number (since the epoch) on which a rule's change falls in `year`.
fn rule_day(year: i64, day: RuleDay) -> i64 {
    let jan1 = days_from_civil(year, 1, 1);
    match day {
        RuleDay::Julian1(n) => {
            let leap_shift = if is_leap(year) && n >= 60 { 1 } else { 0 };
            jan1 + n - 1 + leap_shift
        }
        RuleDay::Julian0(n) => jan1 + n,
        RuleDay::MonthWeek(m, w, d) => {
            let first = days_from_civil(year, m, 1);
            let first_wday = weekday_sunday(first);
            let mut day = first + (d - first_wday).rem_euclid(7) + 7 * (w - 1);
            let next_month = if m == 12 {
                days_from_civil(year + 1, 1, 1)
            } else {
                days_from_civil(year, m + 1, 1)
            };
            while day >= next_month {
                day -= 7;
            }
            day
        }
    }
}

/// Parse a POSIX `TZ` rule: `std offset [dst [offset] [,start[/time],end[/time]]]`.
fn parse_rule(text: &str) -> Option<Rule> {
    let mut p = RuleParser {
        s: text.as_bytes(),
        i: 0,
    };
    let std_name = p.name()?;
    let std_offset = -p.offset()?;
    let std = LocalType {
        offset: std_offset,
        isdst: false,
        abbr: std_name,
    };
    if p.done() {
        return Some(Rule { std, dst: None });
    }
    let dst_name = p.name()?;
    let dst_offset = if p.peek().is_some_and(|c| c != b',') {
        -p.offset()?
    } else {
        std_offset + 3600
    };
    let dst = LocalType {
        offset: dst_offset,
        isdst: true,
        abbr: dst_name,
    };
    // Without dates, the United States' rule (glibc takes the rule of
    // the `posixrules` file, which is New York's).
    let (start, end) = if p.done() {
        (
            (RuleDay::MonthWeek(3, 2, 0), 7200),
            (RuleDay::MonthWeek(11, 1, 0), 7200),
        )
    } else {
        p.expect(b',')?;
        let start = p.change()?;
        p.expect(b',')?;
        let end = p.change()?;
        (start, end)
    };
    if !p.done() {
        return None;
    }
    Some(Rule {
        std,
        dst: Some((dst, start, end)),
    })
}

/// The rule glibc makes of a `TZ` that is neither a file nor a whole
/// rule: the name it starts with (or none) at the offset that follows it
/// (or UTC's), with no daylight time.
fn lenient_rule(text: &str) -> Rule {
    if let Some(rule) = parse_rule(text) {
        return rule;
    }
    let mut p = RuleParser {
        s: text.as_bytes(),
        i: 0,
    };
    let name = p.name().unwrap_or_default();
    let offset = if name.is_empty() {
        0
    } else {
        p.offset().map_or(0, |o| -o)
    };
    Rule {
        std: LocalType {
            offset,
            isdst: false,
            abbr: name,
        },
        dst: None,
    }
}

struct RuleParser<'a> {
    s: &'a [u8],
    i: usize,
}

impl RuleParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn done(&self) -> bool {
        self.i >= self.s.len()
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// A zone abbreviation: three or more letters, or anything but `>`
    /// inside `<...>`.
    fn name(&mut self) -> Option<String> {
        let start = self.i;
        let text = if self.peek() == Some(b'<') {
            let end = self.s[start..].iter().position(|&c| c == b'>')? + start;
            self.i = end + 1;
            &self.s[start + 1..end]
        } else {
            while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                self.i += 1;
            }
            &self.s[start..self.i]
        };
        if text.len() < 3 {
            return None;
        }
        String::from_utf8(text.to_vec()).ok()
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()
    }

    /// `[+-]hh[:mm[:ss]]` as seconds (positive west of Greenwich, as
    /// POSIX writes it).
    fn offset(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            Some(b'-') => {
                self.i += 1;
                -1
            }
            Some(b'+') => {
                self.i += 1;
                1
            }
            _ => 1,
        };
        let mut secs = self.number()? * 3600;
        if self.peek() == Some(b':') {
            self.i += 1;
            secs += self.number()? * 60;
            if self.peek() == Some(b':') {
                self.i += 1;
                secs += self.number()?;
            }
        }
        Some(sign * secs)
    }

    /// `date[/time]`, the time 02:00 when left out.
    fn change(&mut self) -> Option<(RuleDay, i64)> {
        let day = match self.peek()? {
            b'J' => {
                self.i += 1;
                let n = self.number()?;
                (1..=365).contains(&n).then_some(RuleDay::Julian1(n))?
            }
            b'M' => {
                self.i += 1;
                let m = self.number()?;
                self.expect(b'.')?;
                let w = self.number()?;
                self.expect(b'.')?;
                let d = self.number()?;
                let ok = (1..=12).contains(&m) && (1..=5).contains(&w) && (0..=6).contains(&d);
                ok.then_some(RuleDay::MonthWeek(m, w, d))?
            }
            _ => {
                let n = self.number()?;
                (0..=365).contains(&n).then_some(RuleDay::Julian0(n))?
            }
        };
        let time = if self.peek() == Some(b'/') {
            self.i += 1;
            self.offset()?
        } else {
            7200
        };
        Some((day, time))
    }
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count from March 1st of year 0, in 400-year eras of 146097 days,
    // so that the leap day ends each counted year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146097 + day_of_era - 719468
}

/// The date (year, month 1..=12, day 1..=31) of a day number.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let day_of_era = z - era * 146097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

/// Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday).
pub fn weekday_sunday(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// The broken-down fields of a time: C's `struct tm`, with Python's
/// conventions (month 1..=12, weekday 0 = Monday, day of the year from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Fields {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// The fields of `t` seconds since the epoch in the local type `ty`.
pub fn fields_at(t: i64, ty: &LocalType) -> Fields {
    let local = t + ty.offset;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    Fields {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs % 3600 / 60,
        second: secs % 60,
        wday: (weekday_sunday(days) + 6) % 7,
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: ty.isdst as i64,
        zone: ty.abbr.clone(),
        gmtoff: ty.offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for d in [-1_000_000, -719468, -1, 0, 1, 59, 60, 11016, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d, "{y}-{m}-{dd}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11016), (2000, 2, 29));
        assert_eq!(weekday_sunday(0), 4);
    }

    #[test]
    fn posix_rule_new_york() {
        let z = Zone::from_rule("EST5EDT,M3.2.0,M11.1.0").expect("rule");
        // 2021-03-14 06:59:59 UTC is 01:59:59 EST; a second later 03:00 EDT.
        let before = z.at(1615705199);
        let after = z.at(1615705200);
        assert_eq!((before.offset, before.isdst), (-18000, false));
        assert_eq!((after.offset, after.abbr.as_str()), (-14400, "EDT"));
        let f = fields_at(1615705200, &after);
        assert_eq!((f.hour, f.minute, f.isdst), (3, 0, 1));
        // 2021-11-07 05:59:59 UTC is 01:59:59 EDT; then 01:00 EST.
        assert!(z.at(1636264799).isdst);
        assert!(!z.at(1636264800).isdst);
    }

    #[test]
    fn posix_rule_southern_and_quoted() {
        let z = Zone::from_rule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0").expect("rule");
        assert_eq!(z.at(0).offset, 39600); // January: daylight time
        assert_eq!(z.at(86400 * 180).offset, 37800); // June: standard
        assert!(Zone::from_rule("X5").is_none());
        assert!(Zone::from_rule("EST5EDT,M13.1.0,M11.1.0").is_none());
    }

    #[test]
    fn tzif_with_footer() {
        // A version 2 file by hand: one transition to daylight time at
        // t=100, and a footer rule for later times.
        // A header and data block, with transition times `time` bytes
        // wide (4 in the first, 8 in the second).
        let section = |time: Vec<u8>| {
            let mut h = b"TZif2".to_vec();
            h.extend([0u8; 15]);
            for c in [0u32, 0, 0, 1, 2, 8] {
                h.extend(c.to_be_bytes());
            }
            h.extend(time);
            h.push(1);
            h.extend((-18000i32).to_be_bytes());
            h.extend([0, 0]);
            h.extend((-14400i32).to_be_bytes());
            h.extend([1, 4]);
            h.extend(b"EST\0EDT\0");
            h
        };
        let mut body = section(100i32.to_be_bytes().to_vec());
        body.extend(section(100i64.to_be_bytes().to_vec()));
        body.extend(b"\nJST-9\n");
        let z = Zone::from_tzif(&body).expect("tzif");
        assert_eq!(z.at(50).abbr, "EST");
        assert_eq!(z.at(150).abbr, "JST");
        assert_eq!(z.at(150).offset, 32400);
        assert!(Zone::from_tzif(b"TZif").is_none());
    }

    #[test]
    fn to_utc_inverts() {
        let z = Zone::from_rule("EST5EDT,M3.2.0,M11.1.0").expect("rule");
        for t in [0, 1615705200, 1636264800 + 7200, 1700000000] {
            let ty = z.at(t);
            assert_eq!(z.to_utc(t + ty.offset, -1), t);
        }
    }
}
