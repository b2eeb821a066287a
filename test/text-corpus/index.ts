import type { CorpusReport } from './types';
import { report as malmo2015 } from './reports/malmo-2015';
import { report as malmo2014 } from './reports/malmo-2014';
import { report as malmo2013 } from './reports/malmo-2013';
import { report as gnesta2013 } from './reports/gnesta-2013';
import { report as hallsberg2019 } from './reports/hallsberg-2019';
import { report as lulea2018 } from './reports/lulea-2018';
import { report as goteborg2019 } from './reports/goteborg-2019';
import { report as sjobo2017 } from './reports/sjobo-2017';
import { report as nynashamn2021 } from './reports/nynashamn-2021';
import { report as varmdo2019 } from './reports/varmdo-2019';
import { report as kalmar2014 } from './reports/kalmar-2014';
import { report as lulea2017 } from './reports/lulea-2017';
import { report as helsingborg2016 } from './reports/helsingborg-2016';
import { report as tyreso2018 } from './reports/tyreso-2018';

export const REPORTS: CorpusReport[] = [malmo2015, malmo2014, malmo2013, gnesta2013, hallsberg2019, lulea2018, goteborg2019, sjobo2017, nynashamn2021, varmdo2019, kalmar2014, lulea2017, helsingborg2016, tyreso2018];
