import { parseAnswer, type AnswerInline } from './parse-answer';

function Inlines({ inlines }: { inlines: AnswerInline[] }) {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case 'text':
        return inline.text;
      case 'break':
        return <br key={index} />;
      case 'bold':
        return (
          <strong key={index}>
            <Inlines inlines={inline.children} />
          </strong>
        );
      case 'italic':
        return (
          <em key={index}>
            <Inlines inlines={inline.children} />
          </em>
        );
      case 'link':
        return (
          <a key={index} href={inline.href} target="_blank" rel="noopener noreferrer nofollow">
            <Inlines inlines={inline.children} />
          </a>
        );
      case 'image':
        return <img key={index} src={inline.src} alt={inline.alt} referrerPolicy="no-referrer" loading="lazy" />;
    }
  });
}

/** An article answer as the customer will see it (React elements only: nothing is set as HTML). */
export function RenderAnswer({ source, testId }: { source: string; testId?: string }) {
  return (
    <div className="kb-answer" data-testid={testId}>
      {parseAnswer(source).map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={index}>
              <Inlines inlines={block.inlines} />
            </p>
          );
        }
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inlines inlines={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
