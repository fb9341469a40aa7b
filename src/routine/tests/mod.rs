//! Host tests of the routine as data, one file per module checked.

mod data;

use super::*;
