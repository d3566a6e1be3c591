// The site's one stylesheet and one script, shared by every page (so 10,000 member pages
// don't each carry them). Mobile first: one column, wrapping rows, no sideways scroll;
// wider screens get more columns. Dark mode follows the reader's system.
import { searchKey, searchTokens } from '../../domain/search.js';

export const SITE_CSS = `:root{color-scheme:light dark;--bg:#fffdf8;--fg:#1f2328;--dim:#57606a;--line:#ddd6c8;--card:#fff;--link:#0a58a8;--accent:#9a4d00;
--w:#1a7f37;--wfg:#fff;--m:#fde4e4;--mfg:#8a1c1c;--f:#dcebff;--ffg:#174a85;--badge:#eaf2ff;--badgefg:#0b4a94}
@media (prefers-color-scheme:dark){:root{--bg:#0f1318;--fg:#e6edf3;--dim:#a2acb8;--line:#343b45;--card:#171c23;--link:#8cc4ff;--accent:#f2b866;
--w:#3fb950;--wfg:#06210e;--m:#4a1f22;--mfg:#ffd1d1;--f:#1c3557;--ffg:#cfe3ff;--badge:#1d2f4a;--badgefg:#cde2ff}}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:break-word}
a{color:var(--link);text-underline-offset:.15em}a:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-100vw}.skip:focus{left:.5rem;top:.5rem;background:var(--card);padding:.5rem;z-index:1}
header.top{border-bottom:1px solid var(--line);padding:.5rem 0}.brand{font-weight:700;color:var(--fg);text-decoration:none}
header.top ul{display:flex;flex-wrap:wrap;gap:0 .25rem;list-style:none;margin:.2rem 0 0 -.5rem;padding:0}
header.top li a{display:inline-block;padding:.35rem .5rem}header.top a[aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
h1{font-size:1.65rem;line-height:1.25;margin:1.3rem 0 .3rem}h2{font-size:1.2rem;line-height:1.3;margin:2rem 0 .6rem}
.dim,.meta{color:var(--dim)}time,.nw{white-space:nowrap}.table td,.names li,.stats li,.bars li,.list li{overflow-wrap:anywhere}a,bdi,.intro{unicode-bidi:isolate}h1{unicode-bidi:plaintext}
.cheer{font-size:1.1rem;border-left:4px solid var(--accent);margin:1rem 0;padding:.1rem 0 .1rem .9rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;list-style:none;margin:1rem 0;padding:0}
.stats li{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.6rem .8rem}
.stats b{display:block;font-size:1.45rem;line-height:1.3;font-variant-numeric:tabular-nums}
.stats progress{width:100%;accent-color:var(--w)}
.names{display:flex;flex-wrap:wrap;gap:.1rem 1rem;list-style:none;margin:0;padding:0}.names a{display:inline-block;padding:.2rem 0}
.list{list-style:none;margin:0;padding:0}.list>li{padding:.6rem 0;border-bottom:1px solid var(--line)}
.list .meta{display:block;font-size:.9rem}.intro{margin:.2rem 0 0}
.table{width:100%;border-collapse:collapse;margin:.5rem 0}
.table th,.table td{padding:.5rem .4rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.table th{font-size:.85rem;color:var(--dim);font-weight:600}.table .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:1%}
.table .meta{display:block;font-size:.88rem}.wide{display:none}
@media (min-width:44rem){.table .wide{display:table-cell}.table .narrow{display:none}h1{font-size:2rem}}
.badge{display:inline-block;white-space:nowrap;border-radius:1rem;padding:0 .5rem;margin:.15rem .25rem 0 0;font-size:.8rem;background:var(--badge);color:var(--badgefg)}
.risk{font-weight:600;color:var(--mfg);background:var(--m);border-radius:1rem;padding:0 .5rem;white-space:nowrap}
.cal{display:grid;grid-template-columns:repeat(auto-fill,minmax(2.6rem,1fr));gap:.3rem;list-style:none;margin:.5rem 0;padding:0;max-width:36rem}
.cal li{border-radius:.4rem;text-align:center;padding:.25rem 0;font-variant-numeric:tabular-nums;border:2px solid transparent;line-height:1.2}
.cal li::after{display:block;font-size:.8rem}
.w{background:var(--w);color:var(--wfg)}.cal .w::after{content:"✓"}
.m{background:var(--m);color:var(--mfg)}.cal .m::after{content:"·"}
.f{background:var(--f);color:var(--ffg)}.cal .f::after{content:"❄"}
.t{border-color:var(--accent)!important;font-weight:700}.cal .t::after{content:"•"}
.u{border:2px dashed var(--line)!important;color:var(--dim)}.cal .u::after{content:"\\a0"}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;margin:.5rem 0;padding:0;font-size:.9rem}
.legend i{display:inline-block;width:1.1rem;height:1.1rem;border-radius:.25rem;vertical-align:-.2rem;margin-right:.35rem;border:1px solid var(--dim)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.pager{margin:1.2rem 0}.pager p{margin:.2rem 0}.pager ul{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0;padding:0}
.pager a,.pager span{display:inline-block;min-width:2.75rem;padding:.45rem .7rem;border:1px solid var(--line);border-radius:.4rem;text-align:center}
.pager a[aria-current]{font-weight:700;background:var(--card);color:var(--fg)}
.search{margin:1rem 0}.search label{display:block;font-weight:600;margin-bottom:.3rem}
.search input{width:100%;max-width:26rem;font:inherit;padding:.55rem .7rem;border:1px solid var(--dim);border-radius:.4rem;background:var(--card);color:var(--fg)}
.results{list-style:none;margin:0;padding:0}.results li{padding:.4rem 0;border-bottom:1px solid var(--line)}
.bars{list-style:none;margin:0;padding:0}.bars li{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .8rem;padding:.45rem 0;border-bottom:1px solid var(--line)}
.bars a{min-width:9.5rem}.bars meter{width:10rem;max-width:100%}
footer{margin-top:3rem;padding-bottom:2rem;font-size:.9rem}
`;

/**
 * Search: loads only the index shard of the longest word typed, then filters it. Results
 * are built with textContent (never markup). The tokenizer is the domain's own, embedded.
 */
export const SEARCH_JS = `"use strict";(()=>{const tokens=${searchTokens.toString()};const key=${searchKey.toString()};
for(const form of document.querySelectorAll("form[data-search]")){
const input=form.querySelector("input"),list=form.querySelector("[data-results]"),status=form.querySelector("[data-status]"),root=form.dataset.root||"";
const shards=new Map();let seq=0;form.hidden=false;
const shard=(k)=>{if(!shards.has(k))shards.set(k,fetch(root+"search/"+k+".json").then((r)=>r.ok?r.json():[]).catch(()=>[]));return shards.get(k);};
const run=async()=>{const q=tokens(input.value),n=++seq;
if(!q.length){list.replaceChildren();status.textContent="";return;}
const longest=q.reduce((a,b)=>(b.length>a.length?b:a));const entries=await shard(key(longest));if(n!==seq)return;
const hits=entries.filter((e)=>{const words=tokens(e[1]+" "+e[0]);return q.every((w)=>words.some((x)=>x.startsWith(w)));});
const w=form.dataset;status.textContent=hits.length?(hits.length===1?w.tOne:w.tMany.replace("{n}",hits.length))+(hits.length>20?w.tFirst20:""):w.tNone;
list.replaceChildren(...hits.slice(0,20).map((e)=>{const li=document.createElement("li"),a=document.createElement("a");
a.href=root+"members/"+encodeURIComponent(e[0])+".html";a.textContent=e[1];const meta=document.createElement("span");meta.className="dim";
meta.textContent=" @"+e[0]+" · "+w.tRank+" "+e[2]+" · "+e[3]+" "+(e[3]===1?w.tDay:w.tDays);li.append(a,meta);return li;}));};
input.addEventListener("input",run);form.addEventListener("submit",(ev)=>{ev.preventDefault();run();});if(input.value)run();}})();
`;
