// The satisfaction survey page (no login): the token is in the link's fragment; one answer per link.
const fr = (navigator.language || 'fr').startsWith('fr');
const text = fr
  ? { ask: 'Comment avons-nous traité votre demande {n} « {s} » ?', rating: 'Votre note', comment: 'Un commentaire (facultatif)', send: 'Envoyer',
    thanks: 'Merci pour votre avis.', gone: 'Ce lien n’est plus valable.', done: 'Vous avez déjà répondu, merci.', scale: ['très mécontent', 'mécontent', 'moyen', 'satisfait', 'très satisfait'] }
  : { ask: 'How did we handle your request {n} “{s}”?', rating: 'Your rating', comment: 'A comment (optional)', send: 'Send',
    thanks: 'Thank you for your opinion.', gone: 'This link is no longer valid.', done: 'You already answered, thank you.', scale: ['very unhappy', 'unhappy', 'average', 'happy', 'very happy'] };
const main = document.getElementById('survey');
const token = location.hash.slice(1);
const say = (message) => { main.textContent = ''; const p = document.createElement('p'); p.textContent = message; main.append(p); };

async function start() {
  const response = await fetch(`/crm/api/service/surveys/${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) { say(text.gone); return; }
  const survey = await response.json();
  if (survey.answeredAt) { say(text.done); return; }
  main.textContent = '';
  const form = document.createElement('form');
  const question = document.createElement('h1');
  question.textContent = text.ask.replace('{n}', survey.ticketNumber).replace('{s}', survey.subject);
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = text.rating;
  fieldset.append(legend);
  text.scale.forEach((label, i) => {
    const choice = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'rating', value: String(i + 1), required: true });
    choice.append(input, ` ${i + 1} — ${label} `);
    fieldset.append(choice);
  });
  const commentLabel = document.createElement('label');
  commentLabel.textContent = text.comment;
  const comment = Object.assign(document.createElement('textarea'), { name: 'comment', rows: 3, maxLength: 2000 });
  commentLabel.append(comment);
  const send = Object.assign(document.createElement('button'), { textContent: text.send, className: 'primary' });
  form.append(question, fieldset, commentLabel, send);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    send.disabled = true;
    const answer = await fetch(`/crm/api/service/surveys/${encodeURIComponent(token)}`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ rating: Number(form.rating.value), comment: comment.value || null }) });
    say(answer.ok ? text.thanks : answer.status === 409 ? text.done : text.gone);
  });
  main.append(form);
}
start();
