# Copyright 2010-present Basho Technologies, Inc.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from .types import TYPES
from .datatype import Datatype
from .counter import Counter
from .flag import Flag
from .register import Register
from .set import Set
from .map import Map
from .errors import ContextRequired
from .hll import Hll


__all__ = ['Datatype', 'TYPES', 'ContextRequired',
           'Flag', 'Counter', 'Register', 'Set', 'Map', 'Hll']
