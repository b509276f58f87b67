from musicbrainzngs.musicbrainz import *
from musicbrainzngs.caa import *
